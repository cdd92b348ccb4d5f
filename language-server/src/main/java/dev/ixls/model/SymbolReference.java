package dev.ixls.model;

import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * A use of a name, e.g. the proposal named at the end of an {@code ike policy} line.
 *
 * @param kinds what the name may refer to; the first is the usual one
 * @param range where the name stands (a part of the word for comma-separated lists)
 */
public record SymbolReference(List<String> kinds, String name, Range range, Statement statement) {
}
