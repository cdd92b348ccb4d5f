package dev.ixls.eclipse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VmArgsTest {

    @Test
    void blanksSeparateArguments() {
        assertEquals(List.of("-Xmx512m", "-XX:+UseSerialGC"), VmArgs.parse("  -Xmx512m \t -XX:+UseSerialGC\n"));
    }

    @Test
    void nothingGivesNoArguments() {
        assertEquals(List.of(), VmArgs.parse(""));
        assertEquals(List.of(), VmArgs.parse("   "));
        assertEquals(List.of(), VmArgs.parse(null));
    }

    @Test
    void quotesKeepBlanksAndAreRemoved() {
        assertEquals(List.of("-Dixls.log=C:\\Program Files\\ixls\\x.log", "-Xss2m"),
                VmArgs.parse("-Dixls.log=\"C:\\Program Files\\ixls\\x.log\" -Xss2m"));
        assertEquals(List.of("-Dname=it's", "a b"), VmArgs.parse("-Dname=\"it's\" 'a b'"));
    }

    @Test
    void anEmptyQuotedArgumentIsKept() {
        assertEquals(List.of("-Da=", ""), VmArgs.parse("-Da=\"\" ''"));
    }

    @Test
    void backslashesStayAsTheyAre() {
        assertEquals(List.of("-Djava.io.tmpdir=D:\\tmp\\"), VmArgs.parse("-Djava.io.tmpdir=D:\\tmp\\"));
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> VmArgs.parse("-Dx=\"abc"));
        assertFalse(VmArgs.isValid("'"));
        assertTrue(VmArgs.isValid("-Xmx1g"));
    }
}
