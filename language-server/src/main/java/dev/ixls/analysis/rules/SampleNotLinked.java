package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Interface;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;

/**
 * IX512: the config's tunnels clearly lead to AWS, but no AWS sample is linked, so the
 * cross-checks (IX501-IX511) did not run. Said once per config, on its first tunnel to AWS: a
 * clean result would otherwise read as "the keys and addresses match AWS".
 */
public final class SampleNotLinked extends Rule {

    public SampleNotLinked() {
        super(RuleCode.IX512, Severity.INFO);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (context.hasSamples()) {
            return;
        }
        for (Interface tunnel : context.awsTunnels()) {
            String peer = context.config().peerOf(tunnel);
            Range at = tunnel.opener().range();
            if (peer != null) {
                // On the peer: of the IKE policy (IKEv1), else of the tunnel's ikev2 peer line.
                IkePolicy policy = context.config().ikePolicyForPeer(peer).orElse(null);
                var ikev2Peer = tunnel.member("interface.ikev2-peer");
                Word word = policy != null ? policy.statement().argWord("peer")
                        : ikev2Peer != null ? ikev2Peer.argWord("peer") : null;
                if (word != null) {
                    at = word.range();
                }
            }
            findings.report(at, Messages.text("IX512.noSample", "peer", peer == null ? tunnel.name() : peer));
            return;
        }
    }
}
