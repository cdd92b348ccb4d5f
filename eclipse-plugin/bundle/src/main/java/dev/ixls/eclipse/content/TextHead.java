package dev.ixls.eclipse.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The start of a file as the content describers look at it: at most {@link #MAX_CHARS} characters
 * (or as many as a describer asks for),
 * without a byte order mark, split into lines with the blank ones dropped. Reading stops there,
 * so describing a large file costs no more than a small one.
 */
final class TextHead {

    static final int MAX_CHARS = 8 * 1024;

    private TextHead() {
    }

    /** The first {@code maxLines} non-blank lines, stripped of surrounding blanks. */
    static List<String> nonBlankLines(Reader reader, int maxLines) throws IOException {
        return nonBlankLines(read(reader), maxLines);
    }

    /** The first {@code maxLines} non-blank lines of a text, stripped of surrounding blanks. */
    static List<String> nonBlankLines(String text, int maxLines) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                lines.add(stripped);
                if (lines.size() == maxLines) {
                    break;
                }
            }
        }
        return lines;
    }

    /** The first {@link #MAX_CHARS} characters, without a leading byte order mark. */
    static String read(Reader reader) throws IOException {
        return read(reader, MAX_CHARS);
    }

    /** The first {@code maxChars} characters, without a leading byte order mark. */
    static String read(Reader reader, int maxChars) throws IOException {
        char[] buffer = new char[maxChars];
        int length = 0;
        while (length < buffer.length) {
            int n = reader.read(buffer, length, buffer.length - length);
            if (n < 0) {
                break;
            }
            length += n;
        }
        String text = new String(buffer, 0, length);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A reader over raw bytes for {@code describe(InputStream, ...)}: UTF-16 when the bytes start
     * with its byte order mark, otherwise UTF-8 (the markers looked for are ASCII, which UTF-8,
     * Shift_JIS and EUC-JP all keep as is).
     */
    static Reader reader(InputStream contents) throws IOException {
        return reader(contents, MAX_CHARS);
    }

    /** As {@link #reader(InputStream)}, for reading up to {@code maxChars} characters. */
    static Reader reader(InputStream contents, int maxChars) throws IOException {
        byte[] head = contents.readNBytes(maxChars * 2);
        Charset charset = StandardCharsets.UTF_8;
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
            charset = StandardCharsets.UTF_16;
        }
        return new InputStreamReader(new ByteArrayInputStream(head), charset);
    }
}
