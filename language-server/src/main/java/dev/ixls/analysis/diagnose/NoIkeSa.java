package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.Messages;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.SaCounts;
import java.util.List;

/**
 * IX710: the transcript shows no IKE SA with the peer (or one that is not established) and no
 * counter or log line that says why. Says what the config lacks when it lacks something.
 */
final class NoIkeSa {

    private NoIkeSa() {
    }

    static Verdict find(TunnelFacts f, Citations c, List<SaCounts> ikeCounts) {
        Verdict v = new Verdict(TunnelState.DOWN, Cause.NO_IKE_SA);
        IkeSa pending = f.ikeSas.isEmpty() ? null : f.ikeSas.get(0);
        v.message = pending != null && pending.state() != null
                ? Messages.text("IX710.notEstablished", "tunnel", Names.tunnel(f), "peer", f.peer, "state",
                        pending.state())
                : Messages.text("IX710.message", "tunnel", Names.tunnel(f), "peer", f.peer);
        v.fix = f.ikev1() ? Messages.text("IX710.fix") : Messages.text("IX710.fixIkev2");
        for (var mention : f.ikev2) {
            v.add(c.transcript(mention.line(), Messages.text("IX710.ikev2Line")));
        }
        if (pending != null) {
            v.add(c.transcript(pending.line("state"), Messages.text("diagnose.evidence.ikeState")));
        }
        if (!ikeCounts.isEmpty()) {
            SaCounts counts = ikeCounts.get(ikeCounts.size() - 1);
            v.add(c.transcript(counts.line(), Messages.text("IX710.counts", "created", counts.created())));
        }
        if (f.config != null && f.policy == null && f.ikev1()
                && f.config.tunnelsToPeer(f.peer).stream().noneMatch(i -> f.peer.equals(i.ikev2Peer()))) {
            v.notes.add(Messages.text("IX710.noPolicy", "peer", f.peer));
        } else if (f.policy != null) {
            v.add(c.config(f.policy.statement(), Messages.text("diagnose.evidence.policyLine")));
        }
        return v;
    }
}
