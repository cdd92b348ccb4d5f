package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.SaCounts;
import java.util.List;

/**
 * IX704: IKE is up but phase 2 (IPsec) is not: {@code #ph2 failure} (or hash errors, timeouts)
 * count up, or {@code show ipsec sa} has no SA for the tunnel. The usual cause is a transform or
 * PFS group the AWS tunnel does not take; says which of the config's values differ from the sample.
 */
final class Phase2Rejected {

    private Phase2Rejected() {
    }

    static Verdict find(TunnelFacts f, Citations c, boolean ipsecShown, List<SaCounts> ipsecCounts) {
        IkeSa sa = f.ikeSas.stream().filter(IkeSa::isEstablished).findFirst().orElse(null);
        int failures = sa == null ? 0
                : sa.counter("ph2 failure") + sa.counter("ph2 hash err") + sa.counter("ph2 timeout");
        if (failures == 0 && !ipsecShown) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.DOWN, Cause.PHASE2_REJECTED);
        List<Differences.Difference> differences = Differences.of(f, Phase.IPSEC);
        String where = f.interfaceName() != null ? f.interfaceName() : f.peer;
        v.message = failures > 0
                ? Messages.text("IX704.messageFailures", "tunnel", Names.tunnel(f), "count", failures, "differences",
                        Differences.sentence(differences, "IX704.noDifference"))
                : Messages.text("IX704.messageNoSa", "tunnel", Names.tunnel(f), "where", where, "differences",
                        Differences.sentence(differences, "IX704.noDifference"));
        v.fix = f.tunnel != null ? Messages.text("IX704.fix", "number", f.number) : Messages.text("IX704.fixNoSample");
        if (failures > 0) {
            String counter = sa.counter("ph2 failure") > 0 ? "ph2 failure"
                    : sa.counter("ph2 hash err") > 0 ? "ph2 hash err" : "ph2 timeout";
            v.add(c.transcript(sa.line(counter), Messages.text("IX704.failures")));
        }
        if (ipsecShown && !ipsecCounts.isEmpty()) {
            v.add(c.transcript(ipsecCounts.get(ipsecCounts.size() - 1).line(), Messages.text("IX704.noSa")));
        }
        if (sa != null) {
            v.add(c.transcript(sa.line("state"), Messages.text("diagnose.evidence.ikeState")));
        }
        if (f.map != null) {
            v.add(c.config(f.map.statement(), Messages.text("IX704.mapLine")));
        }
        for (Differences.Difference d : differences) {
            v.add(c.configAt(d.range(), d.text()));
        }
        if (f.tunnel != null) {
            v.add(c.sample(f.sample, f.tunnel, SampleField.IPSEC, Messages.text("diagnose.evidence.samplePhase2")));
        }
        return v;
    }
}
