package dev.ixls.syntax;

/** A half-open text range: {@code start} inclusive, {@code end} exclusive. */
public record Range(Position start, Position end) {

    public static Range of(int startLine, int startChar, int endLine, int endChar) {
        return new Range(new Position(startLine, startChar), new Position(endLine, endChar));
    }

    public static Range onLine(int line, int startChar, int endChar) {
        return of(line, startChar, line, endChar);
    }

    /** True when the position lies inside the range or touches its end (a cursor after a word). */
    public boolean touches(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) <= 0;
    }

    public boolean contains(Position p) {
        return start.compareTo(p) <= 0 && p.compareTo(end) < 0;
    }
}
