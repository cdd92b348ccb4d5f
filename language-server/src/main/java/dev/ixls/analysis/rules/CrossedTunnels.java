package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
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
import dev.ixls.model.Interface;
import java.util.Optional;

/**
 * IX510: crossed tunnels: the interface bound to one AWS peer carries the inside address of
 * another tunnel. The router accepts it; the tunnels come up and BGP never does.
 */
public final class CrossedTunnels extends Rule {

    public CrossedTunnels() {
        super(RuleCode.IX510, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Optional<SampleTunnel> other = crossedWith(context, c);
            if (other.isEmpty()) {
                continue;
            }
            Interface i = c.tunnelInterface();
            AwsTunnel t = c.tunnel();
            AwsTunnel o = other.get().tunnel();
            LocalizedText mine = AwsTunnels.describe(t);
            LocalizedText theirs = AwsTunnels.describe(o);
            String right = t.customerInsideAddress() + "/" + c.expectedInsideNetwork().length();
            findings.report(i.addressWord().range(), Messages.text("IX510.crossed", "name", i.name(),
                    "peer", t.awsOutsideAddress(), "tunnel", AwsTunnels.number(t), "address", i.address(),
                    "theirs", theirs, "right", right, "otherPeer", o.awsOutsideAddress()))
                    .fix(Fix.of(Messages.text("IX510.changeTo", "right", right, "mine", mine),
                            Edits.replace(i.addressWord(), right)))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.INSIDE_ADDRESSES,
                            Messages.text("IX510.relatedMine", "mine", mine)))
                    .related(AwsTunnels.sampleLine(other.get(), SampleField.INSIDE_ADDRESSES,
                            Messages.text("IX510.relatedTheirs", "theirs", theirs)));
        }
    }

    /** The other sample tunnel whose inside /30 holds this tunnel's interface address, if any. */
    static Optional<SampleTunnel> crossedWith(AnalysisContext context, TunnelComparison c) {
        Interface i = c.tunnelInterface();
        if (i == null || i.address() == null || !c.insideKnown() || c.expectedInsideNetwork().contains(i.address().address())
                || i.member("interface.ip-address") == null) {
            return Optional.empty();
        }
        return AwsTunnels.byInsideAddress(context, i.address().address());
    }
}
