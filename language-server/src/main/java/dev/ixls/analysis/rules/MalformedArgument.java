package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ClosestName;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Quoted;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LineFit;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.Element;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * IX002: an argument of a known command whose value cannot be right: an address with an octet
 * above 255, a prefix without its length, a number out of range, a keyword outside a closed set.
 * Only values that are wrong whatever the firmware are errors; unknown keywords are IX001.
 */
public final class MalformedArgument extends Rule {

    public MalformedArgument() {
        super(RuleCode.IX002, Severity.ERROR);
    }

    @Override
    public boolean restsOnCatalog() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // In file order: the lines' objects lie in memory in that order, and this reads most of them.
        Map<CommandSpec, Boolean> checkable = new IdentityHashMap<>();
        for (Statement s : context.config().parsed().statements()) {
            if (s.match() == null || s.placement() == Placement.UNKNOWN || s.placement() == Placement.EXIT) {
                continue;
            }
            MatchResult m = s.match();
            // Only commands with a value that can be wrong: descriptions, names and keys cannot.
            if (!checkable.computeIfAbsent(m.command(), c -> c.hasArg(MalformedArgument::checkable))) {
                continue;
            }
            int count = m.bindingCount();
            for (int i = 0; i < count; i++) { // argAt/wordAt: no Binding object per value, this runs for most lines
                if (!s.hides(m.wordAt(i))) { // a key where a value goes is not a value to judge or quote
                    checkValue(context, s, m.argAt(i), m.wordAt(i), findings);
                }
            }
        }
        // A mistyped address stops the match: the line is irregular.
        for (Statement s : context.statements().irregular()) {
            if (s.match() == null || s.placement() == Placement.UNKNOWN || s.placement() == Placement.EXIT) {
                continue;
            }
            MatchResult m = s.match();
            if (m.status() == MatchStatus.MISMATCH && looksLikeBrokenAddress(s)) {
                String command = CommandLabel.of(m.command());
                Word w = UnknownCommand.lineWords(s).get(m.consumed());
                String shown = Quoted.of(s.shown(w));
                LocalizedText expected = Messages.or(m.expected());
                findings.report(w.range(), Messages.text("IX002.brokenAddress", "value", shown,
                        "command", command, "expected", expected))
                        .restsOnCatalog(s, notInCatalog(s.shown(w), "address", command, expected));
            }
        }
    }

    /** Whether a value of this type can be wrong on every firmware. */
    private static boolean checkable(ArgType type) {
        return !(type instanceof ArgType.AnyWord || type instanceof ArgType.Text || type instanceof ArgType.Secret
                || type instanceof ArgType.Def || type instanceof ArgType.Ref);
    }

    /** The wording when the line's command is not fully known to the catalog (see {@code Proof}). */
    private static LocalizedText notInCatalog(String value, String argument, String command, Object expected) {
        return Messages.text("IX002.notInCatalog", "value", Quoted.of(value), "argument", argument,
                "command", command, "expected", expected);
    }

    private void checkValue(AnalysisContext context, Statement s, Element.Arg arg, Word w, Findings findings) {
        MatchResult m = s.match();
        ArgType type = arg.type();
        if (!checkable(type)) {
            return;
        }
        String raw = w.text();
        if (type instanceof ArgType.Ipv4 && Ipv4Address.parse(raw).isPresent()
                || type instanceof ArgType.Prefix && raw.indexOf('/') > 0 && Ipv4Prefix.parse(raw).isPresent()
                || type instanceof ArgType.Keyword k0 && (!k0.closed() || k0.contains(raw))
                || type instanceof ArgType.Int r0 && inRange(number(raw), r0)) {
            return; // the common case: a well-formed value (messages are built only for a finding)
        }
        String command = CommandLabel.of(m.command());
        String v = Quoted.of(raw);
        LocalizedText notInCatalog = notInCatalog(raw, arg.name(), command, type instanceof ArgType.Int r
                ? r.min() + "-" + r.max() : type instanceof ArgType.Keyword k ? Messages.or(k.values()) : type.display());
        Finding finding = null;
        if (type instanceof ArgType.Ipv4 && Ipv4Address.parse(raw).isEmpty()) {
            finding = findings.report(w.range(), Messages.text("IX002.notIpv4", "value", v));
        } else if (type instanceof ArgType.Prefix) {
            if (raw.indexOf('/') < 0) {
                finding = findings.report(w.range(), Messages.text("IX002.noPrefixLength", "value", v));
            } else if (Ipv4Prefix.parse(raw).isEmpty()) {
                finding = findings.report(w.range(), Messages.text("IX002.notPrefix", "value", v));
            }
        } else if (type instanceof ArgType.Int range) {
            if (!inRange(number(raw), range)) {
                finding = findings.report(w.range(), Messages.text("IX002.outOfRange", "value", v,
                        "argument", arg.name(), "command", command, "min", range.min(), "max", range.max()));
            }
        } else if (type instanceof ArgType.Keyword k && k.closed() && !k.contains(raw)) {
            finding = findings.report(w.range(), Messages.text("IX002.notInSet", "value", v, "argument", arg.name(),
                    "command", command, "values", String.join(", ", k.values())));
            Finding f = finding;
            ClosestName.within(raw, k.values()).stream().filter(c -> LineFit.fits(context, s, w.range(), c))
                    .findFirst().ifPresent(best -> f.fix(Fix.of(
                            Messages.text("fix.changeTo", "value", best), new TextEdit(w.range(), best))));
        }
        if (finding != null) {
            finding.restsOnCatalog(s, notInCatalog);
        }
    }

    private static boolean inRange(Long n, ArgType.Int range) {
        return n != null && n >= range.min() && n <= range.max();
    }

    private static Long number(String v) {
        if (v.isEmpty() || v.length() > 18) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            if (!Character.isDigit(v.charAt(i))) {
                return null;
            }
        }
        return Long.parseLong(v);
    }

    /** A word of digits, dots and slashes where an address was expected: a mistyped address, not another form. */
    static boolean looksLikeBrokenAddress(Statement s) {
        MatchResult m = s.match();
        List<Word> words = UnknownCommand.lineWords(s);
        if (m.status() != MatchStatus.MISMATCH || m.consumed() >= words.size()) {
            return false;
        }
        boolean wantsAddress = m.expectedElements().stream().anyMatch(e -> e instanceof Element.Arg a
                && (a.type() instanceof ArgType.Ipv4 || a.type() instanceof ArgType.Prefix));
        String w = words.get(m.consumed()).text();
        return wantsAddress && w.matches("[0-9./]+") && w.indexOf('.') >= 0;
    }
}
