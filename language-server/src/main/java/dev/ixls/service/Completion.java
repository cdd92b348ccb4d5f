package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.CommandMatcher;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.Element;
import dev.ixls.catalog.StructureKind;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.model.SymbolDefinition;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completion from the command catalog, aware of where the cursor stands: the commands of the open
 * blocks, the next keyword or argument of the command being typed, the names defined where a
 * reference is expected, values from the linked AWS samples, and snippets for whole blocks.
 */
public final class Completion {

    /**
     * @param snippets whether the editor takes snippet syntax; without it snippets are inserted as
     *                 plain text with their default values
     */
    public record Options(Language language, boolean snippets) {
    }

    private final CommandCatalog catalog;

    public Completion(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param linked the samples linked to this config
     * @param workspace every sample known in the workspace, used when none is linked yet (a config
     *                  being written from scratch)
     */
    public List<CompletionProposal> complete(IxConfig config, List<LinkedSample> linked, List<LinkedSample> workspace,
            Position position, Options options) {
        Cursor cursor = Cursor.at(config.parsed(), position);
        if (cursor.comment()) {
            return List.of();
        }
        Items items = new Items(cursor, options);
        List<LinkedSample> samples = linked.isEmpty() ? workspace : linked;
        List<Word> words = cursor.typed();
        if (words.isEmpty()) {
            commandStarts(cursor, items, true);
            // Whole-command snippets where their command may stand: global ones at the top level
            // (outside any block, or at the left margin), BGP neighbors inside `router bgp`.
            List<String> contexts = ranked(cursor);
            if (contexts.contains("global")) {
                Snippets.add(config, samples, cursor, options, items, catalog);
            }
            if (!contexts.isEmpty() && contexts.get(0).equals("router-bgp")) {
                Snippets.addBgpNeighbors(samples, options, items, catalog);
            }
            return items.list();
        }
        if (words.get(0).text().equalsIgnoreCase("no")) {
            words = words.subList(1, words.size());
            if (words.isEmpty()) {
                commandStarts(cursor, items, false);
                return items.list();
            }
        }
        List<String> contexts = ranked(cursor);
        for (int rank = 0; rank < contexts.size(); rank++) {
            String context = contexts.get(rank);
            for (CommandSpec spec : catalog.startingWith(words.get(0).text())) {
                if (!spec.contexts().contains(context)) {
                    continue;
                }
                for (Element e : CommandMatcher.nextElements(spec, words)) {
                    propose(config, samples, spec, e, rank, cursor, items);
                }
            }
        }
        return items.list();
    }

    /**
     * The open blocks, innermost first; a line written at the left margin under an indented block
     * body most likely means to leave the block, so the outer blocks come first then.
     */
    private static List<String> ranked(Cursor cursor) {
        if (!cursor.openers().isEmpty() && cursor.indent() > 0) {
            // An indented line stands inside the blocks opened less indented than it: only their
            // commands fit (a global command there would silently leave the block).
            List<String> inside = new ArrayList<>();
            for (var opener : cursor.openers()) {
                if (opener.line().indent() < cursor.indent()) {
                    inside.add(opener.match().command().opens());
                }
            }
            if (!inside.isEmpty()) {
                return inside;
            }
        }
        List<String> contexts = new ArrayList<>(cursor.contexts());
        if (cursor.indent() == 0 && !cursor.openers().isEmpty()) {
            var opener = cursor.openers().get(0);
            boolean indentedBody = opener.children().stream().anyMatch(c -> c.line().indent() > opener.line().indent());
            if (indentedBody) {
                String inner = contexts.remove(0);
                contexts.add(inner);
            }
        }
        return contexts;
    }

    private void commandStarts(Cursor cursor, Items items, boolean withSpecialWords) {
        List<String> contexts = ranked(cursor);
        Language lang = items.options.language();
        for (int rank = 0; rank < contexts.size(); rank++) {
            String context = contexts.get(rank);
            Map<String, List<CommandSpec>> byWord = new LinkedHashMap<>();
            for (CommandSpec spec : catalog.commands()) {
                if (spec.contexts().contains(context)) {
                    for (String w : spec.firstWords()) {
                        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(spec);
                    }
                }
            }
            LocalizedText block = catalog.contextLabel(context);
            for (Map.Entry<String, List<CommandSpec>> e : byWord.entrySet()) {
                List<CommandSpec> specs = e.getValue();
                String detail = specs.size() == 1 ? specs.get(0).usage()
                        : Messages.get(lang, "completion.commands", "word", e.getKey(), "count", specs.size());
                StringBuilder doc = new StringBuilder();
                doc.append(Messages.get(lang, "completion.block", "block", block)).append("\n\n");
                for (CommandSpec spec : specs.subList(0, Math.min(6, specs.size()))) {
                    doc.append("`").append(spec.usage()).append("`  \n").append(spec.doc().get(lang)).append("\n\n");
                }
                items.add(e.getKey(), CompletionProposal.Kind.KEYWORD, detail, doc.toString().strip(), e.getKey(),
                        false, rank);
            }
        }
        if (withSpecialWords) {
            items.add("no", CompletionProposal.Kind.KEYWORD, "no <command>", Messages.get(lang, "completion.no"),
                    "no", false, contexts.size());
        }
        if (!cursor.openers().isEmpty()) {
            items.add("exit", CompletionProposal.Kind.KEYWORD, "exit", Messages.get(lang, "completion.exit"), "exit",
                    false, contexts.size());
        }
    }

    private void propose(IxConfig config, List<LinkedSample> samples, CommandSpec spec, Element e, int rank,
            Cursor cursor, Items items) {
        Language lang = items.options.language();
        String doc = "`" + spec.usage() + "`\n\n" + spec.doc().get(lang);
        if (e instanceof Element.Literal l) {
            items.add(l.word(), CompletionProposal.Kind.KEYWORD, spec.usage(), doc, l.word(), false, rank);
            return;
        }
        if (!(e instanceof Element.Arg a)) {
            return;
        }
        ArgType type = a.type();
        if (type instanceof ArgType.Keyword k) {
            for (String v : k.values()) {
                items.add(v, CompletionProposal.Kind.VALUE, "<" + a.name() + "> " + spec.usage(), doc, v, false, rank);
            }
        } else if (type instanceof ArgType.Ref r) {
            references(config, r.kinds(), r.list(), rank, cursor, items);
        } else if (type instanceof ArgType.Def d && d.kind().equals("interface")) {
            for (String name : config.symbols().names("interface")) {
                items.add(name, CompletionProposal.Kind.REFERENCE, label(d.kind(), lang), definedAt(config, d.kind(), name,
                        lang), name, false, rank);
            }
            int n = 0;
            while (config.interfaces().containsKey("Tunnel" + n + ".0")) {
                n++;
            }
            String next = "Tunnel" + n + ".0";
            items.add(next, CompletionProposal.Kind.REFERENCE, Messages.get(lang, "completion.newTunnel"),
                    Messages.get(lang, "completion.newTunnelDoc", "name", next) + "\n\n" + doc, next, false, rank);
        } else if (type instanceof ArgType.Ipv4 || type instanceof ArgType.Prefix || type instanceof ArgType.Int) {
            for (SampleValues.Value v : SampleValues.forArgument(spec, a, samples, lang)) {
                items.add(v.text(), type instanceof ArgType.Int ? CompletionProposal.Kind.NUMBER
                        : CompletionProposal.Kind.ADDRESS, v.detail(), v.documentation() != null ? v.documentation()
                        : doc, v.text(), false, rank);
            }
        }
    }

    private void references(IxConfig config, List<String> kinds, boolean list, int rank, Cursor cursor, Items items) {
        Language lang = items.options.language();
        Range replace = cursor.partialRange();
        String partial = cursor.partial();
        if (list && partial.contains(",")) {
            int comma = partial.lastIndexOf(',');
            replace = Range.onLine(replace.start().line(), replace.start().character() + comma + 1,
                    replace.end().character());
            partial = partial.substring(comma + 1);
        }
        for (String kind : kinds) {
            for (String name : config.symbols().names(kind)) {
                items.add(name, CompletionProposal.Kind.REFERENCE, label(kind, lang), definedAt(config, kind, name, lang),
                        name, false, rank, replace, partial);
            }
            StructureKind k = catalog.kind(kind);
            if (k != null) {
                for (String builtIn : k.builtIn()) {
                    String detail = Messages.get(lang, "completion.builtIn", "kind", label(kind, lang));
                    items.add(builtIn, CompletionProposal.Kind.REFERENCE, detail,
                            Messages.get(lang, "completion.builtInDoc", "name", builtIn, "kind", label(kind, lang)),
                            builtIn, false, rank + 1, replace, partial);
                }
            }
        }
    }

    /** Where a name is defined, with its line (keys masked), as a name's documentation. */
    private static String definedAt(IxConfig config, String kind, String name, Language lang) {
        List<SymbolDefinition> defs = config.symbols().definitions(kind, name);
        if (defs.isEmpty()) {
            return Messages.get(lang, "completion.definedNowhere", "name", name);
        }
        SymbolDefinition def = defs.get(0);
        return Messages.get(lang, "completion.defined", "line", def.statement().line().index() + 1)
                + "\n```\n" + Masked.line(def.statement()) + "\n```";
    }

    private String label(String kind, Language lang) {
        StructureKind k = catalog.kind(kind);
        return k == null ? kind : k.label().get(lang);
    }

    /** Collects proposals, keeping the first (best-ranked) of each label, filtered by what was typed. */
    static final class Items {
        private final Cursor cursor;
        final Options options;
        private final Map<String, CompletionProposal> byLabel = new LinkedHashMap<>();

        Items(Cursor cursor, Options options) {
            this.cursor = cursor;
            this.options = options;
        }

        Cursor cursor() {
            return cursor;
        }

        void add(String label, CompletionProposal.Kind kind, String detail, String doc, String insert, boolean snippet,
                int rank) {
            add(label, kind, detail, doc, insert, snippet, rank, cursor.partialRange(), cursor.partial());
        }

        void add(String label, CompletionProposal.Kind kind, String detail, String doc, String insert, boolean snippet,
                int rank, Range replace, String partial) {
            if (!partial.isEmpty() && !label.toLowerCase(Locale.ROOT).startsWith(partial.toLowerCase(Locale.ROOT))) {
                return;
            }
            // One item per label: the same word may be a keyword of one command and a value of another.
            String key = label;
            if (byLabel.containsKey(key)) {
                return;
            }
            String sort = String.format(Locale.ROOT, "%02d-%04d-%s", rank, byLabel.size(), label);
            byLabel.put(key, new CompletionProposal(label, kind, detail, doc, insert, snippet, replace, sort));
        }

        void addSnippet(String label, String detail, String doc, String snippetText, int rank) {
            String partial = cursor.partial();
            if (!partial.isEmpty() && !label.toLowerCase(Locale.ROOT).startsWith(partial.toLowerCase(Locale.ROOT))) {
                return;
            }
            String insert = options.snippets() ? snippetText : Snippets.plain(snippetText);
            Range replace = cursor.partialRange();
            String key = label;
            String sort = String.format(Locale.ROOT, "%02d-%04d-%s", rank, byLabel.size(), label);
            byLabel.putIfAbsent(key, new CompletionProposal(label, CompletionProposal.Kind.SNIPPET, detail, doc, insert,
                    options.snippets(), replace, sort));
        }

        List<CompletionProposal> list() {
            return List.copyOf(byLabel.values());
        }
    }
}
