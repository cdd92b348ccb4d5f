package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.i18n.Language;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Everything the features of ixls show a user about one config (diagnostics with their related
 * notes and fix titles, hovers, the outline, completions, code lens titles, rename placeholders),
 * and every text its edits make of it (each quick fix, "Update from AWS sample", formatting), in
 * both languages, asked at every word of every line. The key tests scan the one and check key
 * positions in the other; the fix tests re-check the other.
 */
public final class EveryOutput {

    /** A text a user reads, with where it came from. */
    public record Shown(String where, String text) {
    }

    /** The config after one edit ixls offers: {@code where} names the edit, {@code diagnostic} what it fixes. */
    public record Edited(String where, Diagnostic diagnostic, String text) {
    }

    private EveryOutput() {
    }

    public static List<Shown> shown(IxLanguageService service, String text, List<LinkedSample> samples) {
        List<Shown> out = new ArrayList<>();
        IxConfig config = service.model(text);
        ConfigAnalysis analysis = service.analyze("config.ix", config, c -> samples, RuleSettings.defaults(), () -> { });
        for (Language lang : Language.values()) {
            for (Diagnostic d : analysis.diagnostics()) {
                String at = d.code() + " line " + (d.range().start().line() + 1);
                out.add(new Shown(at + " message", d.message().get(lang)));
                for (RelatedLocation r : d.related()) {
                    out.add(new Shown(at + " related", r.message().get(lang)));
                }
                for (Fix f : d.fixes()) {
                    out.add(new Shown(at + " fix title", f.title().get(lang)));
                }
            }
            for (DocumentSymbols.OutlineSymbol s : service.documentSymbols().of(config.parsed(), lang)) {
                outline(s, out);
            }
            for (TunnelSummary s : TunnelSummaries.of(new AnalysisContext("config.ix", config, analysis.samples(),
                    service.catalog()))) {
                out.add(new Shown("code lens", TunnelSummaries.lensTitle(s, lang)));
            }
            for (Position p : positions(config.parsed())) {
                String at = " at " + (p.line() + 1) + ":" + (p.character() + 1);
                service.hover().hover(config, samples, p, lang).ifPresent(h -> out.add(new Shown("hover" + at,
                        h.markdown())));
                for (CompletionProposal c : service.completion().complete(config, samples, samples, p,
                        new Completion.Options(lang, true))) {
                    out.add(new Shown("completion" + at, c.label() + "\n" + c.detail() + "\n" + c.documentation()
                            + "\n" + c.insertText()));
                }
                Navigation.symbolAt(config, p).ifPresent(s -> out.add(new Shown("rename placeholder" + at, s.name())));
            }
        }
        return out;
    }

    private static void outline(DocumentSymbols.OutlineSymbol s, List<Shown> out) {
        out.add(new Shown("outline", s.name() + "\n" + s.detail()));
        for (DocumentSymbols.OutlineSymbol c : s.children()) {
            outline(c, out);
        }
    }

    /** Every word's start and end, and every line's end: where an editor asks. */
    static List<Position> positions(ParsedConfig parsed) {
        List<Position> out = new ArrayList<>();
        for (ConfigLine l : parsed.lines()) {
            for (Word w : l.words()) {
                out.add(new Position(l.index(), w.start()));
                out.add(new Position(l.index(), w.end()));
            }
            out.add(new Position(l.index(), l.text().length()));
        }
        return out;
    }

    public static List<Edited> edited(IxLanguageService service, String text, List<LinkedSample> samples) {
        List<Edited> out = new ArrayList<>();
        IxConfig config = service.model(text);
        ConfigAnalysis analysis = service.analyze("config.ix", config, c -> samples, RuleSettings.defaults(), () -> { });
        for (Diagnostic d : analysis.diagnostics()) {
            for (Fix f : d.fixes()) {
                out.add(new Edited(d.code() + " line " + (d.range().start().line() + 1) + " fix \"" + f.title().en()
                        + "\"", d, Formatter.apply(text, f.edits())));
            }
        }
        CodeActions.Update update = CodeActions.updateFromSample(analysis.diagnostics());
        if (!update.isEmpty()) {
            out.add(new Edited("update from AWS sample", null, Formatter.apply(text, update.edits())));
        }
        out.add(new Edited("formatting", null, Formatter.apply(text, Formatter.format(config.parsed()))));
        return out;
    }

    /**
     * The words of a text that hold one of the keys (whole or in part) but do not stand at a key
     * position of their line, as "line: word".
     */
    public static List<String> keysOutOfPlace(IxLanguageService service, String text, Collection<String> keys) {
        List<String> out = new ArrayList<>();
        ParsedConfig parsed = service.model(text).parsed();
        for (ConfigLine l : parsed.lines()) {
            Statement s = parsed.statementAt(l.index());
            boolean ownLine = s != null && s.line().index() == l.index();
            for (Word w : l.words()) {
                for (String key : keys) {
                    if (w.text().contains(key) && !(ownLine && s.secretWords().contains(w) && w.text().equals(key))) {
                        out.add((l.index() + 1) + ": " + l.text().strip());
                    }
                }
            }
            if (l.words().isEmpty()) {
                for (String key : keys) {
                    if (l.text().contains(key)) {
                        out.add((l.index() + 1) + ": (comment) " + l.text().strip());
                    }
                }
            }
        }
        return out;
    }

    /** Where a range starts, for messages. */
    static String at(Range r) {
        return (r.start().line() + 1) + ":" + (r.start().character() + 1);
    }
}
