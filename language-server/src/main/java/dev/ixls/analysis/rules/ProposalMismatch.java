package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsAcceptance;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.Findings;
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
                report(c, m, findings);
            }
        }
    }

    private void report(TunnelComparison c, Mismatch m, Findings findings) {
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
        findings.report(m.range(), message).related(AwsTunnels.sampleLine(c.sampleTunnel(), field,
                Messages.text("tunnelOptions.related", "which", which)));
    }
}
