package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.MistypedPeers;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Set;

/** IX501: a tunnel of the linked AWS sample that no IKE peer of the config points at. */
public final class MissingTunnel extends Rule {

    public MissingTunnel() {
        super(RuleCode.IX501, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        if (context.gaps().isFragment()) {
            return;
        }
        List<TunnelComparison> comparisons = TunnelComparison.all(context);
        if (comparisons.isEmpty()) {
            return; // no sample tunnel: nothing can be missing, and the config's peers need not be listed
        }
        Set<String> peers = SampleLinks.peersOf(context);
        MistypedPeers mistyped = MistypedPeers.of(context);
        for (TunnelComparison c : comparisons) {
            AwsTunnel t = c.tunnel();
            if (peers.contains(t.awsOutsideAddress()) || !mistyped.mistypingsOf(t.awsOutsideAddress()).isEmpty()) {
                continue; // there, or there under a mistyped peer (IX502 reports that, with its fix)
            }
            LocalizedText which = AwsTunnels.describe(t);
            String id = c.sampleTunnel().sample().sample().connectionId();
            findings.report(anchor(config, c), t.customerInsideAddress() == null
                    ? Messages.text("IX501.missingNoInside", "id", id, "which", which, "peer", t.awsOutsideAddress())
                    : Messages.text("IX501.missing", "id", id, "which", which, "peer", t.awsOutsideAddress(),
                            "inside", t.customerInsideAddress()))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.AWS_OUTSIDE_ADDRESS,
                            Messages.text("IX501.related", "which", which)));
        }
    }

    /** Where the missing tunnel would go: beside the other tunnel of the same VPN, else the top of the file. */
    private static Range anchor(IxConfig config, TunnelComparison missing) {
        for (AwsTunnel sibling : missing.sampleTunnel().sample().sample().tunnels()) {
            String peer = sibling.awsOutsideAddress();
            Statement s = config.ikePolicyForPeer(peer).map(p -> p.statement())
                    .or(() -> config.ikev2KeyFor(peer).map(k -> k.statement()))
                    .or(() -> config.ipsecMapForPeer(peer).map(m -> m.statement()))
                    .orElse(null);
            if (s != null) {
                return s.range();
            }
        }
        return Range.onLine(0, 0, 0);
    }
}
