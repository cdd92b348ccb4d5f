package dev.ixls.model;

import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;

/**
 * One line that defines (or, for multi-line structures, adds to) a named structure.
 *
 * @param nameRange where the name stands on that line
 * @param multiLine true when repeats add to one structure rather than clash
 */
public record SymbolDefinition(String kind, String name, Range nameRange, Statement statement, boolean multiLine) {
}
