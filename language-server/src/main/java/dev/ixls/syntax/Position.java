package dev.ixls.syntax;

/** A zero-based line and a zero-based column counted in UTF-16 code units, as LSP counts them. */
public record Position(int line, int character) implements Comparable<Position> {

    @Override
    public int compareTo(Position other) {
        return line != other.line ? Integer.compare(line, other.line) : Integer.compare(character, other.character);
    }
}
