package dev.ixls.syntax;

import java.util.Arrays;

/** A document's text with its line starts, splitting on CRLF, LF and lone CR alike. */
public final class SourceText {

    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        // String.indexOf is a vectorised intrinsic: jumping from break to break is much faster
        // than reading every character, and most files have no CR at all.
        int nextLf = text.indexOf('\n');
        int nextCr = text.indexOf('\r');
        while (nextLf >= 0 || nextCr >= 0) {
            int end; // offset after the line break
            if (nextCr >= 0 && (nextLf < 0 || nextCr < nextLf)) {
                end = nextCr + 1 < n && text.charAt(nextCr + 1) == '\n' ? nextCr + 2 : nextCr + 1;
                nextCr = text.indexOf('\r', nextCr + 1);
            } else {
                end = nextLf + 1;
            }
            if (nextLf >= 0 && nextLf < end) {
                nextLf = text.indexOf('\n', end);
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = end;
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** The text of a line without its terminator. */
    public String line(int line) {
        return text.substring(lineStarts[line], lineEnd(line));
    }

    /** The offset where a line's terminator starts (or the text ends). */
    public int lineEnd(int line) {
        int start = lineStarts[line];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Converts an offset into the text to a position; offsets past the end clamp to the end. */
    public Position positionAt(int offset) {
        offset = Math.max(0, Math.min(offset, text.length()));
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new Position(line, offset - lineStarts[line]);
    }

    /** Converts a position to an offset, clamping lines and columns that lie outside the text. */
    public int offsetAt(Position position) {
        if (position.line() < 0) {
            return 0;
        }
        if (position.line() >= lineStarts.length) {
            return text.length();
        }
        int start = lineStarts[position.line()];
        int lineLength = lineEnd(position.line()) - start;
        return start + Math.max(0, Math.min(position.character(), lineLength));
    }
}
