package dev.ixls.model;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Binding;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every definition and use of a name in a config, found from the catalog's {@code def:} and
 * {@code ref:} argument types, so references, rename and "unused" need no per-command code.
 */
public final class SymbolTable {

    private final Map<String, Map<String, List<SymbolDefinition>>> definitions = new HashMap<>();
    private final List<SymbolReference> references = new ArrayList<>();
    /** References by kind, then name: "unused" and "references" look names up, never scan. */
    private final Map<String, Map<String, List<SymbolReference>>> referencesByKind = new HashMap<>();

    public static SymbolTable of(List<Statement> statements) {
        SymbolTable table = new SymbolTable();
        for (Statement s : statements) {
            if (s.match() == null || s.placement() == Placement.UNKNOWN || s.negated()
                    || !s.match().command().namesStructures()) {
                continue;
            }
            for (Binding b : s.match().bindings()) {
                Word w = b.word();
                if (b.type() instanceof ArgType.Def d) {
                    table.definitions.computeIfAbsent(d.kind(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(w.text(), k -> new ArrayList<>())
                            .add(new SymbolDefinition(d.kind(), w.text(), w.range(), s, d.multiLine()));
                } else if (b.type() instanceof ArgType.Ref r) {
                    if (r.list()) {
                        int offset = 0;
                        for (String part : w.text().split(",", -1)) {
                            if (!part.isEmpty()) {
                                Range range = Range.onLine(w.line(), w.start() + offset, w.start() + offset + part.length());
                                table.addReference(new SymbolReference(r.kinds(), part, range, s));
                            }
                            offset += part.length() + 1;
                        }
                    } else {
                        table.addReference(new SymbolReference(r.kinds(), w.text(), w.range(), s));
                    }
                }
            }
        }
        return table;
    }

    private void addReference(SymbolReference ref) {
        references.add(ref);
        for (String kind : ref.kinds()) {
            referencesByKind.computeIfAbsent(kind, k -> new HashMap<>())
                    .computeIfAbsent(ref.name(), k -> new ArrayList<>()).add(ref);
        }
    }

    /** Definitions of a name, in file order; empty when undefined. */
    public List<SymbolDefinition> definitions(String kind, String name) {
        Map<String, List<SymbolDefinition>> byName = definitions.get(kind);
        if (byName == null) {
            return List.of();
        }
        return byName.getOrDefault(name, List.of());
    }

    /** Names defined for a kind, in file order. */
    public List<String> names(String kind) {
        Map<String, List<SymbolDefinition>> byName = definitions.get(kind);
        return byName == null ? List.of() : List.copyOf(byName.keySet());
    }

    public Map<String, Map<String, List<SymbolDefinition>>> allDefinitions() {
        return Collections.unmodifiableMap(definitions);
    }

    public List<SymbolReference> references() {
        return Collections.unmodifiableList(references);
    }

    public boolean isDefined(SymbolReference ref) {
        for (String kind : ref.kinds()) {
            if (!definitions(kind, ref.name()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Uses of a name of a kind, in file order. */
    public List<SymbolReference> referencesTo(String kind, String name) {
        Map<String, List<SymbolReference>> byName = referencesByKind.get(kind);
        List<SymbolReference> refs = byName == null ? null : byName.get(name);
        return refs == null ? List.of() : Collections.unmodifiableList(refs);
    }
}
