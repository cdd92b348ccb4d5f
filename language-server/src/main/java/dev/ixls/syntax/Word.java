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

    // Written out: a record's generated equals links a method handle on first use, a cost every
    // short CLI run paid (the model compares words); the meaning is the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof Word w && line == w.line && start == w.start && end == w.end && kind == w.kind
                && java.util.Objects.equals(text, w.text);
    }

    @Override
    public int hashCode() {
        return ((java.util.Objects.hashCode(text) * 31 + java.util.Objects.hashCode(kind)) * 31 + line) * 31 * 31 + start * 31 + end;
    }
}
