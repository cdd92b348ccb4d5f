package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;

/**
 * IX505: no BGP neighbor at a tunnel's AWS inside address: the one meant for it has another
 * address, or there is none. Without any {@code router bgp} it is IX511's (routing type).
 */
public final class BgpNeighborMismatch extends Rule {

    public BgpNeighborMismatch() {
        super(RuleCode.IX505, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            if (!c.isBgp() || c.bgp() == null || c.neighbor() != null) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            String right = t.awsInsideAddress();
            LocalizedText which = AwsTunnels.describe(t);
            var related = AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.INSIDE_ADDRESSES,
                    Messages.text("IX505.related", "which", which));
            BgpNeighbor n = c.neighborCandidate();
            if (n != null) {
                findings.report(n.firstStatement().argWord("address").range(), Messages.text("IX505.wrongNeighbor",
                        "address", n.address(), "which", which, "right", right))
                        .fix(new Fix(Messages.text("fix.changeNeighbor", "address", right),
                                n.statements().stream().map(s -> Edits.replace(s.argWord("address"), right)).toList()))
                        .related(related);
                continue;
            }
            if (c.tunnelInterface() == null && c.offer().isEmpty()) {
                continue; // the whole tunnel is missing (IX501): a neighbor alone would lead nowhere
            }
            String remoteAs = "neighbor " + right + " remote-as " + t.awsAsn();
            String timers = "neighbor " + right + " timers " + AwsLimits.BGP_KEEPALIVE + " " + AwsLimits.BGP_HOLD;
            findings.report(c.bgp().statement().range(), Messages.text("IX505.missingNeighbor", "which", which,
                    "right", right, "remoteAs", remoteAs, "timers", timers))
                    .fix(Fix.of(Messages.text("IX505.addNeighbor", "right", right),
                            Edits.insertIntoBlock(context.config(), c.bgp().statement(), remoteAs, timers)))
                    .related(related);
        }
    }
}
