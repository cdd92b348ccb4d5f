package dev.ixls.syntax;

/**
 * One whitespace-separated word of a command line.
 *
 * @param start column of the first UTF-16 unit
 * @param end column after the last UTF-16 unit
 */
public record Word(String text, WordKind kind, int line, int start, int end) {

    public Range range() {
        return Range.onLine(line, start, end);
    }
}
