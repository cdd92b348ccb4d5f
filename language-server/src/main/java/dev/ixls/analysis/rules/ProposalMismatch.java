package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsAcceptance;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.TextEdit;
import dev.ixls.convert.AlgorithmChoice;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import java.util.Optional;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IX508 and IX509: a proposal this tunnel's AWS options cannot agree to. Values AWS refuses on
 * every tunnel are left to IX208 and IX209, so each mistake is reported once.
 */
abstract class ProposalMismatch extends Rule {

    private final Phase phase;

    ProposalMismatch(RuleCode code, Phase phase) {
        super(code, Severity.ERROR);
        this.phase = phase;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<String> reported = new HashSet<>();
        Set<String> listsFixed = new HashSet<>(); // an IKEv2 list refused whole: one value in, the rest out
        for (TunnelComparison c : TunnelComparison.all(context)) {
            if (c.offer().isEmpty()) {
                continue;
            }
            List<Mismatch> here = phase == Phase.IKE ? c.ikeMismatches(Set.of()) : c.ipsecMismatches(Set.of());
            if (here.isEmpty()) {
                continue;
            }
            List<Mismatch> everywhere = CryptoOffers.check(c.offer().get(), phase, AwsAcceptance.ANY_TUNNEL, Set.of());
            for (Mismatch m : here) {
                if (everywhere.stream().anyMatch(e -> e.aspect() == m.aspect() && e.range().equals(m.range()))
                        || !reported.add(m.range() + " " + m.aspect())) {
                    continue;
                }
                report(c, m, listsFixed.add(m.range().start().line() + " " + m.aspect()), findings);
            }
        }
    }

    private void report(TunnelComparison c, Mismatch m, boolean firstOfList, Findings findings) {
        AwsTunnel t = c.tunnel();
        LocalizedText which = AwsTunnels.describe(t);
        LocalizedText p = Phrases.phase(m.phase());
        LocalizedText aspect = Phrases.aspect(m.aspect(), m.phase());
        LocalizedText message = switch (m.aspect()) {
            case VERSION -> Messages.text("tunnelOptions.version", "value", m.text(), "which", which,
                    "accepted", m.accepted());
            case LIFETIME -> Messages.text(m.written() ? "tunnelOptions.lifetime" : "tunnelOptions.defaultLifetime",
                    "phase", p, "value", m.text(), "accepted", m.accepted(), "which", which);
            default -> Messages.text("tunnelOptions.notAllowed", "value", m.text(), "phase", p, "aspect", aspect,
                    "which", which, "accepted", m.accepted());
        };
        SampleField field = t.states(Phrases.sampleField(m)) ? Phrases.sampleField(m)
                : m.phase() == Phase.IKE ? SampleField.IKE : SampleField.IPSEC;
        Finding finding = findings.report(m.range(), message).related(AwsTunnels.sampleLine(c.sampleTunnel(), field,
                Messages.text("tunnelOptions.related", "which", which)));
        if (firstOfList) {
            fix(c, m).ifPresent(finding::fix);
        } else if (m.range().start().character() > 0) {
            // Another refused value of the same list: the first one's fix puts an accepted value in.
            Position start = m.range().start();
            finding.fix(Fix.of(Messages.text("fix.remove", "value", m.text()),
                    new TextEdit(new Range(new Position(start.line(), start.character() - 1), m.range().end()), "")));
        }
    }

    /**
     * What the tunnel options decide, written in: the longest lifetime AWS takes, or the strongest
     * algorithm it accepts that IX can write. A version or mode is left to the user (it changes
     * more than one line).
     */
    private static Optional<Fix> fix(TunnelComparison c, Mismatch m) {
        boolean ike = m.phase() == Phase.IKE;
        boolean ikev2 = c.offer().map(o -> o.version().equals("ikev2")).orElse(false);
        AwsAcceptance a = c.accepts();
        Optional<String> value = switch (m.aspect()) {
            case LIFETIME -> Optional.of(m.accepted());
            case ENCRYPTION -> AlgorithmChoice.keyword(ike, ikev2, "encryption", ike ? a.phase1Ciphers() : a.phase2Ciphers());
            case INTEGRITY -> AlgorithmChoice.keyword(ike, ikev2, "integrity",
                    ike ? a.phase1Integrity() : a.phase2Integrity());
            case GROUP -> AlgorithmChoice.keyword(ike, ikev2, "group", ike ? a.phase1Groups() : a.phase2Groups());
            default -> Optional.empty();
        };
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (m.aspect() == Aspect.LIFETIME && !m.written()) {
            // IX's default stands in for a lifetime not written: the proposal line gets one.
            if (!ike || ikev2) {
                return Optional.empty();
            }
            Position end = m.range().end();
            return Optional.of(Fix.of(Messages.text("fix.add", "line", "lifetime " + value.get()),
                    new TextEdit(new Range(end, end), " lifetime " + value.get())));
        }
        return Optional.of(Fix.of(Messages.text("fix.changeToPlain", "value", value.get()),
                new TextEdit(m.range(), value.get())));
    }
}
