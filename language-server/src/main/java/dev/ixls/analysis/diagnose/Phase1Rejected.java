package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.transcript.IkeSa;
import java.util.List;

/**
 * IX703: phase 1 fails without hash errors or timeouts ({@code #ph1 failure} counts up): the two
 * ends did not agree on a proposal. Says which of the config's values differ from the AWS sample.
 */
final class Phase1Rejected {

    private Phase1Rejected() {
    }

    static Verdict find(TunnelFacts f, Citations c) {
        IkeSa sa = f.ikeSas.stream().filter(s -> !s.isEstablished() && s.counter("ph1 failure") > 0).findFirst()
                .orElse(null);
        if (sa == null) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.DOWN, Cause.PHASE1_REJECTED);
        List<Differences.Difference> differences = Differences.of(f, Phase.IKE);
        v.message = Messages.text("IX703.message", "tunnel", Names.tunnel(f), "count", sa.counter("ph1 failure"),
                "differences", Differences.sentence(differences, "IX703.noDifference"));
        v.fix = f.tunnel != null ? Messages.text("IX703.fix", "number", f.number) : Messages.text("IX703.fixNoSample");
        v.add(c.transcript(sa.line("ph1 failure"), Messages.text("IX703.failures")));
        if (f.policy != null) {
            v.add(c.config(f.policy.statement(), Messages.text("diagnose.evidence.policyLine")));
        }
        for (Differences.Difference d : differences) {
            v.add(c.configAt(d.range(), d.text()));
        }
        if (f.tunnel != null) {
            v.add(c.sample(f.sample, f.tunnel, SampleField.IKE, Messages.text("diagnose.evidence.samplePhase1")));
        }
        return v;
    }
}
