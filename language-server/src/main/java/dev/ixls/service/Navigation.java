package dev.ixls.service;

import dev.ixls.analysis.TextEdit;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.StructureKind;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.model.SymbolDefinition;
import dev.ixls.model.SymbolReference;
import dev.ixls.model.SymbolTable;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import dev.ixls.syntax.WordKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Go to definition, find references, document highlight and rename for every named structure,
 * all from the {@link SymbolTable} (the catalog's {@code def:}/{@code ref:} types): no per-command code.
 */
public final class Navigation {

    /** A name under the cursor: its kind, and whether this occurrence defines it. */
    public record Symbol(String kind, String name, Range range, boolean definition) {
    }

    /** An occurrence to highlight. */
    public record Highlight(Range range, HighlightKind kind) {
    }

    public enum HighlightKind {
        TEXT,
        READ,
        WRITE
    }

    /** Why a rename cannot be done, in both languages. */
    public static final class RenameRefused extends RuntimeException {
        private final transient LocalizedText reason;

        public RenameRefused(LocalizedText reason) {
            super(reason.en());
            this.reason = reason;
        }

        public LocalizedText reason() {
            return reason;
        }
    }

    private static final Pattern NAME = Pattern.compile("[^\\s,!]+");

    private final CommandCatalog catalog;

    public Navigation(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    /** The defined or referenced name at a position, if any. */
    public static Optional<Symbol> symbolAt(IxConfig config, Position requested) {
        Position p = Cursor.clamp(config.parsed().source(), requested);
        SymbolTable symbols = config.symbols();
        for (var byName : symbols.allDefinitions().values()) {
            for (List<SymbolDefinition> defs : byName.values()) {
                for (SymbolDefinition d : defs) {
                    if (d.nameRange().start().line() == p.line() && d.nameRange().touches(p)) {
                        return Optional.of(new Symbol(d.kind(), d.name(), d.nameRange(), true));
                    }
                }
            }
        }
        for (SymbolReference r : symbols.references()) {
            if (r.range().start().line() == p.line() && r.range().touches(p)) {
                return Optional.of(new Symbol(resolvedKind(symbols, r), r.name(), r.range(), false));
            }
        }
        return Optional.empty();
    }

    /** The kind a reference resolves to: the first of its kinds with a definition of the name. */
    static String resolvedKind(SymbolTable symbols, SymbolReference r) {
        for (String kind : r.kinds()) {
            if (!symbols.definitions(kind, r.name()).isEmpty()) {
                return kind;
            }
        }
        return r.kinds().get(0);
    }

    public List<Range> definition(IxConfig config, Position p) {
        return symbolAt(config, p).map(s -> config.symbols().definitions(s.kind(), s.name()).stream()
                .map(SymbolDefinition::nameRange).toList()).orElse(List.of());
    }

    public List<Range> references(IxConfig config, Position p, boolean includeDeclaration) {
        Optional<Symbol> sym = symbolAt(config, p);
        if (sym.isEmpty()) {
            return List.of();
        }
        List<Range> out = new ArrayList<>();
        if (includeDeclaration) {
            config.symbols().definitions(sym.get().kind(), sym.get().name()).forEach(d -> out.add(d.nameRange()));
        }
        references(config.symbols(), sym.get()).forEach(r -> out.add(r.range()));
        out.sort(Comparator.comparing(Range::start));
        return out;
    }

    private static List<SymbolReference> references(SymbolTable symbols, Symbol sym) {
        List<SymbolReference> out = new ArrayList<>();
        for (SymbolReference r : symbols.references()) {
            if (r.name().equals(sym.name()) && resolvedKind(symbols, r).equals(sym.kind())) {
                out.add(r);
            }
        }
        return out;
    }

    /** Every occurrence of the name or address under the cursor. */
    public List<Highlight> highlights(IxConfig config, Position p) {
        Optional<Symbol> sym = symbolAt(config, p);
        List<Highlight> out = new ArrayList<>();
        if (sym.isPresent()) {
            config.symbols().definitions(sym.get().kind(), sym.get().name())
                    .forEach(d -> out.add(new Highlight(d.nameRange(), HighlightKind.WRITE)));
            references(config.symbols(), sym.get()).forEach(r -> out.add(new Highlight(r.range(), HighlightKind.READ)));
        } else {
            Position at = Cursor.clamp(config.parsed().source(), p);
            Statement s = config.parsed().statementAt(at.line());
            Word word = s == null ? null : s.line().words().stream().filter(w -> w.range().touches(at)).findFirst()
                    .orElse(null);
            if (word == null || (word.kind() != WordKind.IPV4 && word.kind() != WordKind.IPV4_PREFIX)) {
                return out;
            }
            String address = addressPart(word.text());
            for (Statement other : config.parsed().statements()) {
                for (Word w : other.line().words()) {
                    if ((w.kind() == WordKind.IPV4 || w.kind() == WordKind.IPV4_PREFIX)
                            && addressPart(w.text()).equals(address)) {
                        out.add(new Highlight(w.range(), HighlightKind.TEXT));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((Highlight h) -> h.range().start()));
        return out;
    }

    private static String addressPart(String word) {
        int slash = word.indexOf('/');
        return slash < 0 ? word : word.substring(0, slash);
    }

    /** The range a rename would change, or why the thing under the cursor cannot be renamed. */
    public Range prepareRename(IxConfig config, Position p) {
        Symbol sym = symbolAt(config, p).orElseThrow(() -> new RenameRefused(Messages.text("rename.notASymbol")));
        if (sym.kind().equals("interface")) {
            throw new RenameRefused(Messages.text("rename.interface"));
        }
        StructureKind kind = catalog.kind(sym.kind());
        if (kind != null && kind.builtIn().contains(sym.name())
                && config.symbols().definitions(sym.kind(), sym.name()).isEmpty()) {
            throw new RenameRefused(Messages.text("rename.builtIn", "name", sym.name()));
        }
        return sym.range();
    }

    /** The edits that rename the structure under the cursor everywhere in the config. */
    public List<TextEdit> rename(IxConfig config, Position p, String newName) {
        prepareRename(config, p);
        Symbol sym = symbolAt(config, p).orElseThrow();
        if (newName == null || !NAME.matcher(newName).matches()) {
            throw new RenameRefused(Messages.text("rename.invalidName", "name", newName));
        }
        if (newName.equals(sym.name())) {
            return List.of();
        }
        if (!config.symbols().definitions(sym.kind(), newName).isEmpty()) {
            StructureKind kind = catalog.kind(sym.kind());
            Object label = kind == null ? sym.kind() : kind.label();
            throw new RenameRefused(Messages.text("rename.exists", "label", label, "name", newName));
        }
        List<TextEdit> edits = new ArrayList<>();
        config.symbols().definitions(sym.kind(), sym.name()).forEach(d -> edits.add(new TextEdit(d.nameRange(), newName)));
        references(config.symbols(), sym).forEach(r -> edits.add(new TextEdit(r.range(), newName)));
        edits.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        return edits;
    }
}
