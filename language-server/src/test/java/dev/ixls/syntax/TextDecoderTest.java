package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
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
    void readsUtf16InEitherByteOrderWithOrWithoutItsMark() {
        String text = "! 日本語のコメント\r\nhostname a\r\ninterface Tunnel0.0\r\n  ip address 169.254.10.2/30\r\n";
        for (Charset charset : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            for (boolean mark : new boolean[] {true, false}) {
                byte[] bytes = ((mark ? "\uFEFF" : "") + text).getBytes(charset);
                TextDecoder.Decoded d = TextDecoder.decode(bytes);
                assertEquals(TextDecoder.Encoding.UTF16, d.encoding(), charset + " mark " + mark);
                assertEquals(text, d.text(), charset + " mark " + mark);
            }
        }
    }

    @Test
    void bytesThatOnlyLookLikeUtf16AreNotText() {
        // NULs at every other offset, but control characters once read: binary, not UTF-16.
        assertEquals(TextDecoder.Encoding.BINARY, TextDecoder.decode(new byte[] {1, 0, 2, 0, 3, 0, 4, 0}).encoding());
        // A byte order mark followed by something that is not UTF-16 (a lone surrogate).
        assertEquals(TextDecoder.Encoding.BINARY, TextDecoder.decode(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, (byte) 0xD8,
                'a', 0}).encoding());
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

    @Test
    void keepsAReplacementCharacterWrittenInTheFile() {
        byte[] bytes = "! a\uFFFDb\nhostname a".getBytes(StandardCharsets.UTF_8);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        assertEquals(TextDecoder.Encoding.UTF8, d.encoding());
        assertEquals("! a\uFFFDb\nhostname a", d.text());
    }

    @Test
    void aBomAloneIsAnEmptyUtf8Text() {
        TextDecoder.Decoded d = TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertEquals(new TextDecoder.Decoded("", TextDecoder.Encoding.UTF8), d);
    }

    /** The fast UTF-8 path must call exactly the inputs UTF-8 that a strict decoder accepts. */
    @Test
    void agreesWithAStrictDecoderOnRandomBytes() {
        Random random = new Random(42);
        String[] pieces = {"a", " ", "\n", "日本", "\uFFFD", "\uD83D\uDE00", "é"};
        for (int n = 0; n < 5000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                if (random.nextInt(4) == 0) {
                    out.write(0x80 + random.nextInt(0x80)); // a byte that may or may not fit
                } else {
                    out.writeBytes(pieces[random.nextInt(pieces.length)].getBytes(StandardCharsets.UTF_8));
                }
            }
            byte[] bytes = out.toByteArray();
            String strict = strictUtf8(bytes);
            TextDecoder.Decoded d = TextDecoder.decode(bytes);
            if (strict != null) {
                assertEquals(new TextDecoder.Decoded(strict, TextDecoder.Encoding.UTF8), d);
            } else {
                assertEquals(false, d.encoding() == TextDecoder.Encoding.UTF8, () -> java.util.Arrays.toString(bytes));
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
