package dev.ixls.model;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.MatchResult;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
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
        for (int i = 0; i < statements.size(); i++) { // indexed: no iterator per call over 100k lines
            Statement s = statements.get(i);
            MatchResult match = s.match();
            if (match == null || s.placement() == Placement.UNKNOWN || s.negated()
                    || !match.command().namesStructures()) {
                continue;
            }
            for (int j = 0; j < match.bindingCount(); j++) { // no Binding objects per statement
                ArgType type = match.argAt(j).type();
                if ((type instanceof ArgType.Def || type instanceof ArgType.Ref) && s.hides(match.wordAt(j))) {
                    continue; // a key where a name goes: never a name to show, complete or rename
                }
                if (type instanceof ArgType.Def d) {
                    table.define(d, match.wordAt(j), s);
                } else if (type instanceof ArgType.Ref r) {
                    if (r.list()) {
                        table.referToEach(r.kinds(), match.wordAt(j), s);
                    } else {
                        Word w = match.wordAt(j);
                        table.addReference(new SymbolReference(r.kinds(), w.text(), w.line(), w.start(), w.end(), s));
                    }
                }
            }
        }
        return table;
    }

    private void define(ArgType.Def d, Word w, Statement s) {
        SymbolDefinition def = new SymbolDefinition(d.kind(), w.text(), w.line(), w.start(), w.end(), s,
                d.multiLine());
        appendTo(definitions.computeIfAbsent(d.kind(), k -> new LinkedHashMap<>()), w.text(), def);
    }

    /**
     * Adds {@code item} to a name's list: most names have one definition and few uses, so a name's
     * list starts as an immutable single and grows into an {@link ArrayList} (see {@link SmallLists}).
     */
    private static <T> void appendTo(Map<String, List<T>> byName, String name, T item) {
        List<T> list = byName.get(name);
        List<T> grown = SmallLists.append(list, item);
        if (grown != list) {
            byName.put(name, grown);
        }
    }

    /** The names of a comma-separated list, each with its own range; empty parts are skipped. */
    private void referToEach(List<String> kinds, Word w, Statement s) {
        String text = w.text();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            if (end > start) {
                String part = start == 0 && end == text.length() ? text : text.substring(start, end);
                addReference(new SymbolReference(kinds, part, w.line(), w.start() + start, w.start() + end, s));
            }
            start = end + 1;
        }
    }

    private void addReference(SymbolReference ref) {
        references.add(ref);
        List<String> kinds = ref.kinds();
        for (int i = 0; i < kinds.size(); i++) {
            appendTo(referencesByKind.computeIfAbsent(kinds.get(i), k -> new HashMap<>()), ref.name(), ref);
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
