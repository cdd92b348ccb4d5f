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
 * often Shift_JIS, Windows tools may write UTF-16, and a wrong file may be binary: each case is
 * told apart, never guessed silently.
 */
public final class TextDecoder {

    /** How the bytes were read. */
    public enum Encoding {
        UTF8,
        SHIFT_JIS,
        /** Not valid in any encoding tried: invalid bytes were replaced. */
        UTF8_WITH_REPLACEMENTS,
        /** UTF-16 (either byte order), told by its byte order mark or, without one, by its NUL bytes. */
        UTF16,
        /** NUL bytes: not a text file; {@link Decoded#text()} is empty. */
        BINARY
    }

    public record Decoded(String text, Encoding encoding) {
    }

    private static final char REPLACEMENT = '\uFFFD';

    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        Decoded utf16 = utf16(bytes);
        if (utf16 != null) {
            return utf16;
        }
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

    /**
     * UTF-16 text, or null. With a byte order mark it is UTF-16 when it decodes. Without one,
     * Windows tools still write UTF-16 (PowerShell's {@code >}, Notepad's "Unicode"): an IX config
     * is mostly ASCII, so every other byte is NUL, at even offsets for big-endian and at odd ones
     * for little-endian. Text that does not decode cleanly is left to the other checks (binary).
     */
    private static Decoded utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return decoded16(StandardCharsets.UTF_16LE, bytes, 2);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return decoded16(StandardCharsets.UTF_16BE, bytes, 2);
        }
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return null;
        }
        int pairs = Math.min(bytes.length, 1 << 16) / 2;
        int nulFirst = 0;
        int nulSecond = 0;
        for (int i = 0; i < pairs; i++) {
            boolean first = bytes[2 * i] == 0;
            boolean second = bytes[2 * i + 1] == 0;
            if (first && second) {
                return null; // two NULs in a row: not text in either order
            }
            nulFirst += first ? 1 : 0;
            nulSecond += second ? 1 : 0;
        }
        Charset order = nulSecond * 10 >= pairs * 3 && nulFirst == 0 ? StandardCharsets.UTF_16LE
                : nulFirst * 10 >= pairs * 3 && nulSecond == 0 ? StandardCharsets.UTF_16BE : null;
        Decoded d = order == null ? null : decoded16(order, bytes, 0);
        // Without a byte order mark, only text that reads as text: no control characters but layout.
        return d != null && d.text().chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                && c != '\f') ? d : null;
    }

    private static Decoded decoded16(Charset charset, byte[] bytes, int offset) {
        String text = strict(charset, ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return text == null || text.indexOf('\0') >= 0 ? null : new Decoded(text, Encoding.UTF16);
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
