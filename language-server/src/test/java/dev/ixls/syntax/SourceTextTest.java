package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void mapsOffsetsAndPositionsBothWays() {
        SourceText text = new SourceText("ab\r\ncd\ref\n");
        assertEquals(4, text.lineCount());
        assertEquals("cd", text.line(1));
        assertEquals(new Position(2, 1), text.positionAt(8));
        assertEquals(8, text.offsetAt(new Position(2, 1)));
    }

    @Test
    void clampsPositionsOutsideTheText() {
        SourceText text = new SourceText("abc\nde");
        assertEquals(6, text.offsetAt(new Position(9, 0)));
        assertEquals(3, text.offsetAt(new Position(0, 99)));
        assertEquals(0, text.offsetAt(new Position(-1, 5)));
    }
}
