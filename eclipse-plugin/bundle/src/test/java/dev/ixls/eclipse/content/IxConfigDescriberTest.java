package dev.ixls.eclipse.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IxConfigDescriberTest {

    private final IxConfigDescriber describer = new IxConfigDescriber();

    private int describe(String text) throws IOException {
        return describer.describe(new StringReader(text), null);
    }

    @Test
    void showRunningConfigOutputIsValid() throws IOException {
        Path file = DescriberTestSupport.fixtures().resolve("ix/device-output-ix2215-bgp.ix");
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(VALID, describer.describe(in, null));
        }
        assertEquals(VALID, describe(Files.readString(file)));
    }

    @Test
    void theUsingLineAloneOrTheBannerAloneIsEnough() throws IOException {
        assertEquals(VALID, describe("Using 1234 out of 524288 bytes\r\n\r\nhostname ix\r\n"));
        assertEquals(VALID, describe("\n\n! NEC Portable Internetwork Core Operating System Software\n! IX Series\n"));
    }

    @Test
    void aConsolePromptMayComeFirst() throws IOException {
        assertEquals(VALID, describe("ix2215# show running-config\nUsing 2843 out of 524288 bytes\n\nhostname ix\n"));
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        assertEquals(VALID, describe("\uFEFFUsing 1 out of 2 bytes\n"));
    }

    @Test
    void utf16BytesAreRead() throws IOException {
        byte[] bytes = "Using 1 out of 2 bytes\n".getBytes(StandardCharsets.UTF_16);
        assertEquals(VALID, describer.describe(new ByteArrayInputStream(bytes), null));
    }

    @Test
    void shiftJisCommentsDoNotHideTheHeader() throws IOException {
        byte[] bytes = "Using 1 out of 2 bytes\n! 設定\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        assertEquals(VALID, describer.describe(new ByteArrayInputStream(bytes), null));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ix/hand-typed-flat-ikev1.ix", "ix/pppoe-home-router.ix", "aws/cisco-ios-bgp.txt",
            "aws/generic-bgp.txt", "aws/bad/prose.txt", "aws/bad/ix-config.txt" })
    void filesWithoutTheHeaderAreInvalid(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(DescriberTestSupport.fixtures().resolve(fixture))) {
            assertEquals(INVALID, describer.describe(in, null), fixture);
        }
    }

    @Test
    void theHeaderMustBeNearTheTop() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < IxConfigDescriber.LINES; i++) {
            text.append("line ").append(i).append('\n');
        }
        text.append("Using 1 out of 2 bytes\n");
        assertEquals(INVALID, describe(text.toString()));
    }

    @Test
    void theHeaderMustBeTheWholeLine() throws IOException {
        assertEquals(INVALID, describe("We were Using 10 out of 20 bytes yesterday\n"));
        assertEquals(INVALID, describe("Using many out of 20 bytes\n"));
        assertEquals(INVALID, describe(""));
    }

    @Test
    void onlyTheStartOfAHugeFileIsRead() throws IOException {
        String huge = "x".repeat(10 * 1024 * 1024);
        assertEquals(INVALID, describe(huge + "\nUsing 1 out of 2 bytes\n"));
    }
}
