package dev.ixls.lsp;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.DiagnosticTag;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCatalog;
import dev.ixls.i18n.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Conversions between the service layer's types and LSP4J's. */
final class Lsp {

    static final String SOURCE = "ixls";

    private Lsp() {
    }

    static Range range(dev.ixls.syntax.Range r) {
        return new Range(position(r.start()), position(r.end()));
    }

    static Position position(dev.ixls.syntax.Position p) {
        return new Position(p.line(), p.character());
    }

    /** A client position; negative values (a client bug) clamp to zero, the rest clamps against the text later. */
    static dev.ixls.syntax.Position position(Position p) {
        if (p == null) {
            return new dev.ixls.syntax.Position(0, 0);
        }
        return new dev.ixls.syntax.Position(Math.max(0, p.getLine()), Math.max(0, p.getCharacter()));
    }

    static dev.ixls.syntax.Range range(Range r) {
        if (r == null) {
            return dev.ixls.syntax.Range.onLine(0, 0, 0);
        }
        return new dev.ixls.syntax.Range(position(r.getStart()), position(r.getEnd()));
    }

    static TextEdit edit(dev.ixls.analysis.TextEdit e) {
        return new TextEdit(range(e.range()), e.newText());
    }

    static List<TextEdit> edits(List<dev.ixls.analysis.TextEdit> edits) {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (dev.ixls.analysis.TextEdit e : edits) {
            out.add(edit(e));
        }
        return out;
    }

    /** The edits of a {@code TextDocumentEdit}, which since LSP 3.18 may also hold snippet edits (this server sends none). */
    static List<Either<TextEdit, SnippetTextEdit>> documentEdits(List<dev.ixls.analysis.TextEdit> edits) {
        List<Either<TextEdit, SnippetTextEdit>> out = new ArrayList<>(edits.size());
        for (dev.ixls.analysis.TextEdit e : edits) {
            out.add(Either.forLeft(edit(e)));
        }
        return out;
    }

    static DiagnosticSeverity severity(dev.ixls.analysis.Severity s) {
        return switch (s) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }

    /**
     * A finding as LSP shows it: code with a link to the rule's page, related information (a
     * location given as a path or URI becomes a URI; none means this document), tags.
     */
    static org.eclipse.lsp4j.Diagnostic diagnostic(Diagnostic d, String uri, Language lang,
            Function<String, String> toUri) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(range(d.range()), d.message().get(lang),
                severity(d.severity()), SOURCE, d.code().name());
        RuleCatalog.byCode(d.code()).map(Rule::docsUrl).ifPresent(href -> out.setCodeDescription(new DiagnosticCodeDescription(href)));
        if (!d.related().isEmpty()) {
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (RelatedLocation r : d.related()) {
                String target = r.location() == null ? uri : toUri.apply(r.location());
                related.add(new DiagnosticRelatedInformation(new Location(target, range(r.range())),
                        r.message().get(lang)));
            }
            out.setRelatedInformation(related);
        }
        if (!d.tags().isEmpty()) {
            List<org.eclipse.lsp4j.DiagnosticTag> tags = new ArrayList<>();
            for (DiagnosticTag t : d.tags()) {
                tags.add(t == DiagnosticTag.UNNECESSARY ? org.eclipse.lsp4j.DiagnosticTag.Unnecessary
                        : org.eclipse.lsp4j.DiagnosticTag.Deprecated);
            }
            tags.sort(null);
            out.setTags(tags);
        }
        return out;
    }

    static <L, R> Either<L, R> left(L value) {
        return Either.forLeft(value);
    }
}
