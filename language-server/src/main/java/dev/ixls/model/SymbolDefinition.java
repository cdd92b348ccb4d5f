package dev.ixls.model;

import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.Objects;

/**
 * One line that defines (or, for multi-line structures, adds to) a named structure.
 *
 * <p>A value class with the accessors, equality and text of the record it once was. It is not a
 * record so that the name's range can be made when first asked for: a large config defines tens
 * of thousands of names, and only the few a rule reports or the cursor touches need a range.
 */
public final class SymbolDefinition {

    private final String kind;
    private final String name;
    private final Statement statement;
    private final boolean multiLine;
    private final int line;
    private final int start;
    private final int end;
    /** Made on first use from {@link #line}, {@link #start} and {@link #end}; a race only makes an equal one. */
    private Range nameRange;

    /**
     * @param nameRange where the name stands on that line
     * @param multiLine true when repeats add to one structure rather than clash
     */
    public SymbolDefinition(String kind, String name, Range nameRange, Statement statement, boolean multiLine) {
        this(kind, name, nameRange.start().line(), nameRange.start().character(), nameRange.end().character(),
                statement, multiLine);
        this.nameRange = nameRange;
    }

    /** A definition whose name stands on one line, from column {@code start} to {@code end}. */
    SymbolDefinition(String kind, String name, int line, int start, int end, Statement statement, boolean multiLine) {
        this.kind = kind;
        this.name = name;
        this.statement = statement;
        this.multiLine = multiLine;
        this.line = line;
        this.start = start;
        this.end = end;
    }

    public String kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The line the name stands on: a check by line needs no range object. */
    public int line() {
        return line;
    }

    /** Where the name stands on its line. */
    public Range nameRange() {
        Range r = nameRange;
        if (r == null) {
            r = Range.onLine(line, start, end);
            nameRange = r;
        }
        return r;
    }

    public Statement statement() {
        return statement;
    }

    /** True when repeats add to one structure rather than clash. */
    public boolean multiLine() {
        return multiLine;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SymbolDefinition d && multiLine == d.multiLine && Objects.equals(kind, d.kind)
                && Objects.equals(name, d.name) && Objects.equals(nameRange(), d.nameRange())
                && Objects.equals(statement, d.statement);
    }

    @Override
    public int hashCode() {
        // As a record computes it, so hash-ordered collections keep their order.
        int h = Objects.hashCode(kind);
        h = h * 31 + Objects.hashCode(name);
        h = h * 31 + nameRange().hashCode();
        h = h * 31 + Objects.hashCode(statement);
        return h * 31 + Boolean.hashCode(multiLine);
    }

    @Override
    public String toString() {
        return "SymbolDefinition[kind=" + kind + ", name=" + name + ", nameRange=" + nameRange() + ", statement="
                + statement + ", multiLine=" + multiLine + "]";
    }
}
