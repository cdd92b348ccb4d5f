package dev.ixls.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. Configs are UTF-8, but Japanese comments saved on Windows are
 * often Shift_JIS, and a wrong file may be binary: each case is told apart, never guessed silently.
 */
public final class TextDecoder {

    /** How the bytes were read. */
    public enum Encoding {
        UTF8,
        SHIFT_JIS,
        /** Not valid in any encoding tried: invalid bytes were replaced. */
        UTF8_WITH_REPLACEMENTS,
        /** NUL bytes: not a text file; {@link Decoded#text()} is empty. */
        BINARY
    }

    public record Decoded(String text, Encoding encoding) {
    }

    private static final char REPLACEMENT = '\uFFFD';

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        int scan = Math.min(bytes.length, 1 << 20);
        for (int i = 0; i < scan; i++) {
            if (bytes[i] == 0) {
                return new Decoded("", Encoding.BINARY);
            }
        }
        int offset = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        // The String constructor is the fast way to decode UTF-8, but it replaces invalid bytes with
        // U+FFFD silently. Without a U+FFFD in its result every byte was valid; with one, only the
        // strict decoder can tell a U+FFFD written in the file from invalid bytes.
        String lenient = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (lenient.indexOf(REPLACEMENT) < 0) {
            return new Decoded(lenient, Encoding.UTF8);
        }
        ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        String utf8 = strict(StandardCharsets.UTF_8, input.duplicate());
        if (utf8 != null) {
            return new Decoded(utf8, Encoding.UTF8);
        }
        String sjis = strict(Charset.forName("windows-31j"), input.duplicate());
        if (sjis != null) {
            return new Decoded(sjis, Encoding.SHIFT_JIS);
        }
        return new Decoded(lenient, Encoding.UTF8_WITH_REPLACEMENTS);
    }

    private static String strict(Charset charset, ByteBuffer bytes) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(bytes);
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
