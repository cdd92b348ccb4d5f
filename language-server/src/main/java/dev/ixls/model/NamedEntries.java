package dev.ixls.model;

import dev.ixls.parse.Statement;
import java.util.List;

/**
 * A structure defined over several lines under one name: an access list, a prefix list, a route
 * map. Entries keep file order; each is the line (or block opener) that adds to the structure.
 */
public record NamedEntries(String kind, String name, List<Statement> entries) {
}
