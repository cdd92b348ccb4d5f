package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void readsUtf8AndDropsTheBom() {
        byte[] bytes = "\uFEFF! 日本語\nhostname a".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(TextDecoder.Encoding.UTF8, d.encoding());
        assertEquals("! 日本語\nhostname a", d.text());
    }

    @Test
    void fallsBackToShiftJis() {
        byte[] bytes = "! トンネル1\nhostname a".getBytes(Charset.forName("windows-31j"));
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(TextDecoder.Encoding.SHIFT_JIS, d.encoding());
        assertEquals("! トンネル1\nhostname a", d.text());
    }

    @Test
    void recognisesBinary() {
        assertEquals(TextDecoder.Encoding.BINARY, TextDecoder.decode(new byte[] {1, 2, 0, 3}).encoding());
    }

    @Test
    void replacesBytesNoEncodingExplains() {
        byte[] bytes = {'a', (byte) 0x80, (byte) 0xFF, (byte) 0xFF, 'b'};
        assertEquals(TextDecoder.Encoding.UTF8_WITH_REPLACEMENTS, TextDecoder.decode(bytes).encoding());
    }
}
