package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ClosestName;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Quoted;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LineFit;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Binding;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.i18n.Messages;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * IX001: a command, option or keyword the catalog does not know. Never an error: IX has far more
 * commands than the catalog, and valid syntax must not be flagged as wrong.
 */
public final class UnknownCommand extends Rule {

    public UnknownCommand() {
        super(RuleCode.IX001, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (!context.config().parsed().looksLikeIxConfig()) {
            return; // IX000 says it once instead of a warning on every line
        }
        Map<Integer, Set<String>> phrases = new HashMap<>();
        for (Statement s : context.statements().irregular()) { // the others have nothing for this rule
            if (s.placement() == Placement.UNKNOWN) {
                unknownLine(context, s, findings, phrases);
            } else if (s.placement() != Placement.EXIT && s.match() != null) {
                unknownParts(context, s, findings);
            }
        }
    }

    private void unknownLine(AnalysisContext context, Statement s, Findings findings, Map<Integer, Set<String>> phrases) {
        List<Word> words = s.line().words();
        // The first two words, stopping before a key: they are quoted, and a fix rewrites them.
        int shown = 0;
        while (shown < Math.min(2, words.size()) && !s.secretWords().contains(words.get(shown))) {
            shown++;
        }
        StringBuilder quoted = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            quoted.append(i == 0 ? "" : " ").append(words.get(i).text());
        }
        String typed = Quoted.of(quoted.toString());
        var finding = findings.report(s.range(), Messages.text("IX001.unknownCommand", "typed", typed));
        if (shown == 0) {
            return;
        }
        Set<String> known = phrases.computeIfAbsent(shown, n -> catalogPhrases(context, n));
        String typedWords = String.join(" ", words.subList(0, shown).stream().map(Word::text).toList());
        Range replaced = Range.onLine(s.line().index(), words.get(0).start(), words.get(shown - 1).end());
        // The closest phrase that makes the line a whole command of its block; none rather than a worse line.
        for (String better : ClosestName.within(typedWords, known)) {
            if (LineFit.fits(context, s, replaced, better)) {
                finding.fix(Fix.of(Messages.text("fix.changeTo", "value", better), new TextEdit(replaced, better)));
                return;
            }
        }
    }

    /** The first {@code count} keywords of every catalog command, for "did you mean". */
    private static Set<String> catalogPhrases(AnalysisContext context, int count) {
        Set<String> phrases = new LinkedHashSet<>();
        for (CommandSpec c : context.catalog().commands()) {
            List<String> literals = c.leadingLiterals();
            if (literals.size() >= count) {
                phrases.add(String.join(" ", literals.subList(0, count)));
            } else if (literals.size() == 1 && count == 2) {
                phrases.add(literals.get(0));
            }
        }
        return phrases;
    }

    private void unknownParts(AnalysisContext context, Statement s, Findings findings) {
        MatchResult m = s.match();
        if (m.status() == MatchStatus.COMPLETE && m.unknownKeywords() == 0) {
            return; // the common case: nothing unknown on this line
        }
        String command = CommandLabel.of(m.command());
        for (Binding b : m.bindings()) {
            if (b.type() instanceof ArgType.Keyword k && !k.closed() && !s.hides(b.word())
                    && !k.contains(b.word().text())) {
                var finding = findings.report(b.word().range(), Messages.text("IX001.unknownValue",
                        "value", Quoted.of(b.word().text()), "argument", b.name(), "command", command,
                        "known", String.join(", ", k.values())));
                ClosestName.within(b.word().text(), k.values()).stream()
                        .filter(v -> LineFit.fits(context, s, b.word().range(), v)).findFirst()
                        .ifPresent(v -> finding.fix(Fix.of(Messages.text("fix.changeTo", "value", v),
                                new TextEdit(b.word().range(), v))));
            }
        }
        List<Word> words = lineWords(s);
        if (m.status() == MatchStatus.EXTRA && m.consumed() < words.size()) {
            Range extra = Range.onLine(s.line().index(), words.get(m.consumed()).start(),
                    words.get(words.size() - 1).end());
            int count = words.size() - m.consumed();
            findings.report(extra, Messages.text("IX001.unknownOptions", "count", count, "command", command));
        } else if (m.status() == MatchStatus.MISMATCH && !MalformedArgument.looksLikeBrokenAddress(s)) {
            Word w = words.get(m.consumed());
            findings.report(w.range(), Messages.text("IX001.doesNotFit", "word", Quoted.of(s.shown(w)),
                    "command", command,
                    "expected", Messages.or(m.expected())));
        }
    }

    /** The words the match was made against: without a leading {@code no}. */
    static List<Word> lineWords(Statement s) {
        List<Word> words = s.line().words();
        return s.negated() ? words.subList(1, words.size()) : words;
    }
}
