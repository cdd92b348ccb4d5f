package dev.ixls.model;

import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Objects;

/**
 * A use of a name, e.g. the proposal named at the end of an {@code ike policy} line.
 *
 * <p>A value class with the accessors, equality and text of the record it once was. It is not a
 * record so that the range can be made when first asked for: a large config has tens of
 * thousands of references, and only the few a rule reports or the cursor touches need a range.
 */
public final class SymbolReference {

    private final List<String> kinds;
    private final String name;
    private final Statement statement;
    private final int line;
    private final int start;
    private final int end;
    /** Made on first use from {@link #line}, {@link #start} and {@link #end}; a race only makes an equal one. */
    private Range range;

    /**
     * @param kinds what the name may refer to; the first is the usual one
     * @param range where the name stands (a part of the word for comma-separated lists)
     */
    public SymbolReference(List<String> kinds, String name, Range range, Statement statement) {
        this(kinds, name, range.start().line(), range.start().character(), range.end().character(), statement);
        this.range = range;
    }

    /** A reference standing on one line, from column {@code start} to {@code end}. */
    SymbolReference(List<String> kinds, String name, int line, int start, int end, Statement statement) {
        this.kinds = kinds;
        this.name = name;
        this.statement = statement;
        this.line = line;
        this.start = start;
        this.end = end;
    }

    /** What the name may refer to; the first is the usual one. */
    public List<String> kinds() {
        return kinds;
    }

    public String name() {
        return name;
    }

    /** The line the name stands on: a check by line needs no range object. */
    public int line() {
        return line;
    }

    /** Where the name stands (a part of the word for comma-separated lists). */
    public Range range() {
        Range r = range;
        if (r == null) {
            r = Range.onLine(line, start, end);
            range = r;
        }
        return r;
    }

    public Statement statement() {
        return statement;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymbolReference r && Objects.equals(kinds, r.kinds) && Objects.equals(name, r.name)
                && Objects.equals(range(), r.range()) && Objects.equals(statement, r.statement);
    }

    @Override
    public int hashCode() {
        // As a record computes it, so hash-ordered collections keep their order.
        int h = Objects.hashCode(kinds);
        h = h * 31 + Objects.hashCode(name);
        h = h * 31 + range().hashCode();
        return h * 31 + Objects.hashCode(statement);
    }

    @Override
    public String toString() {
        return "SymbolReference[kinds=" + kinds + ", name=" + name + ", range=" + range() + ", statement="
                + statement + "]";
    }
}
