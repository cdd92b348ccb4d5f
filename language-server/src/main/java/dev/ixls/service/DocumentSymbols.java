package dev.ixls.service;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Binding;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.StructureKind;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.i18n.Language;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;

/** The outline of a config: its blocks and named structures, nested as the blocks nest. */
public final class DocumentSymbols {

    public enum Kind {
        INTERFACE,
        STRUCT,
        NAMESPACE
    }

    /**
     * @param range the whole structure, block body included
     * @param selectionRange its name
     */
    public record OutlineSymbol(String name, String detail, Kind kind, Range range, Range selectionRange,
            List<OutlineSymbol> children) {
    }

    private final CommandCatalog catalog;

    public DocumentSymbols(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    public List<OutlineSymbol> of(ParsedConfig parsed, Language lang) {
        return level(parsed.roots(), lang);
    }

    private List<OutlineSymbol> level(List<Statement> statements, Language lang) {
        List<OutlineSymbol> out = new ArrayList<>();
        OutlineSymbol previous = null;
        Statement previousStatement = null;
        for (Statement s : statements) {
            if (s.placement() == Placement.UNKNOWN || s.placement() == Placement.EXIT || s.match() == null
                    || s.negated()) {
                previous = null;
                continue;
            }
            Binding def = null;
            for (Binding b : s.match().bindings()) {
                if (b.type() instanceof ArgType.Def && !s.hides(b.word())) {
                    def = b;
                    break;
                }
            }
            boolean opens = Cursor.opensBlock(s);
            if (def == null && !opens) {
                previous = null;
                continue;
            }
            Range range = Range.of(s.line().index(), 0, lastLine(s), lineLength(s, lastLine(s)));
            List<OutlineSymbol> children = opens ? level(s.children(), lang) : List.of();
            String name;
            String detail;
            Kind kind;
            Range selection;
            if (def != null) {
                String structure = ((ArgType.Def) def.type()).kind();
                StructureKind k = catalog.kind(structure);
                name = def.word().text();
                detail = k == null ? CommandLabel.of(s.match().command()) : k.label().get(lang);
                kind = structure.equals("interface") ? Kind.INTERFACE : Kind.STRUCT;
                selection = def.word().range();
                // Several consecutive lines adding to one structure (access list entries) are one symbol.
                if (previous != null && previous.name().equals(name) && previous.detail().equals(detail)
                        && children.isEmpty() && previousStatement.line().index() < s.line().index()) {
                    OutlineSymbol merged = new OutlineSymbol(name, detail, kind,
                            new Range(previous.range().start(), range.end()), previous.selectionRange(),
                            previous.children());
                    out.set(out.size() - 1, merged);
                    previous = merged;
                    previousStatement = s;
                    continue;
                }
            } else {
                name = Masked.line(s);
                detail = catalog.contextLabel(s.match().command().opens()) == null ? ""
                        : catalog.contextLabel(s.match().command().opens()).get(lang);
                kind = Kind.NAMESPACE;
                selection = s.range();
            }
            OutlineSymbol symbol = new OutlineSymbol(name, detail, kind, range, selection, children);
            out.add(symbol);
            previous = symbol;
            previousStatement = s;
        }
        return out;
    }

    /** The last line of a statement's block (its own line when it opens none). */
    static int lastLine(Statement s) {
        Statement last = s;
        while (!last.children().isEmpty()) {
            last = last.children().get(last.children().size() - 1);
        }
        return last.line().index();
    }

    private static int lineLength(Statement s, int line) {
        Statement at = s;
        while (at.line().index() != line && !at.children().isEmpty()) {
            at = at.children().get(at.children().size() - 1);
        }
        return at.line().text().length();
    }
}
