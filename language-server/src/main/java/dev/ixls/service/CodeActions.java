package dev.ixls.service;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.TextEdit;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Code actions over a checked config: the quick fixes the rules attached to their findings, and
 * "Update from AWS sample", which applies at once the fixes of the cross-check findings that
 * bring keys, addresses and ASNs in line with the linked sample.
 */
public final class CodeActions {

    /**
     * The cross-check codes whose fixes "Update from AWS sample" applies: everything the sample
     * decides (peers, keys, inside addresses, neighbors, ASNs, proposals the tunnel options allow,
     * crossed tunnels). Their rules live in {@code dev.ixls.analysis.rules}; this class only knows
     * their codes.
     */
    public static final Set<RuleCode> UPDATE_FROM_SAMPLE_CODES = Set.of(RuleCode.IX502, RuleCode.IX503,
            RuleCode.IX504, RuleCode.IX505, RuleCode.IX506, RuleCode.IX507, RuleCode.IX508, RuleCode.IX509,
            RuleCode.IX510);

    /** A quick fix for one finding. */
    public record QuickFix(String title, Diagnostic diagnostic, List<TextEdit> edits, boolean preferred) {
    }

    /** What "Update from AWS sample" would do: its edits, and how many findings they fix. */
    public record Update(List<TextEdit> edits, int fixed) {
        public boolean isEmpty() {
            return edits.isEmpty();
        }
    }

    private CodeActions() {
    }

    /**
     * The fixes of the findings on the lines the range touches: a cursor anywhere on a line offers
     * the fixes of that line's findings, as editors ask with the cursor's position.
     */
    public static List<QuickFix> quickFixes(List<Diagnostic> diagnostics, Range range, Language lang) {
        List<QuickFix> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (!overlaps(d.range(), range)) {
                continue;
            }
            boolean first = true;
            for (Fix f : d.fixes()) {
                out.add(new QuickFix(f.title().get(lang), d, f.edits(), first));
                first = false;
            }
        }
        return out;
    }

    private static boolean overlaps(Range a, Range b) {
        return a.start().line() <= b.end().line() && b.start().line() <= a.end().line();
    }

    /** The title of "Update from AWS sample": the first linked sample's VPN and the number of findings fixed. */
    public static String updateTitle(List<LinkedSample> samples, int fixes, Language lang) {
        String vpn = samples.get(0).sample().connectionId();
        return vpn == null ? Messages.get(lang, "command.update", "count", fixes)
                : Messages.get(lang, "command.updateFor", "vpn", vpn, "count", fixes);
    }

    /** What an editor says after "Update from AWS sample" made {@code changes} changes (plural from the catalogs). */
    public static String updatedMessage(int changes, Language lang) {
        return Messages.get(lang, "command.updated", "count", changes);
    }

    /** The first fix of each cross-check finding, without edits that overlap an earlier one. */
    public static Update updateFromSample(List<Diagnostic> diagnostics) {
        List<TextEdit> edits = new ArrayList<>();
        int fixed = 0;
        for (Diagnostic d : diagnostics) {
            if (!UPDATE_FROM_SAMPLE_CODES.contains(d.code()) || d.fixes().isEmpty()) {
                continue;
            }
            List<TextEdit> fix = d.fixes().get(0).edits();
            boolean clash = fix.stream().anyMatch(e -> edits.stream().anyMatch(x -> clashes(x.range(), e.range())));
            if (clash || fix.isEmpty()) {
                continue;
            }
            edits.addAll(fix);
            fixed++;
        }
        edits.sort(Comparator.comparing((TextEdit e) -> e.range().start()));
        return new Update(List.copyOf(edits), fixed);
    }

    /** Two edits clash when their ranges share a character, or both insert at one place. */
    private static boolean clashes(Range a, Range b) {
        if (a.start().equals(b.start())) {
            return true;
        }
        return a.start().compareTo(b.end()) < 0 && b.start().compareTo(a.end()) < 0;
    }
}
