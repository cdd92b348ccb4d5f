package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;

/**
 * IX504: the tunnel interface for an AWS peer does not carry the sample's customer inside
 * address. An address from the other tunnel's /30 is IX510's (crossed tunnels).
 */
public final class InsideAddressMismatch extends Rule {

    public InsideAddressMismatch() {
        super(RuleCode.IX504, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Interface i = c.tunnelInterface();
            // A right address with a wrong length is IX301's; one from the other tunnel's /30 is IX510's.
            if (i == null || !c.insideKnown() || (i.address() != null && i.address().address().equals(c.expectedInsideAddress()))
                    || CrossedTunnels.crossedWith(context, c).isPresent()) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            String right = t.customerInsideAddress() + "/" + c.expectedInsideNetwork().length();
            LocalizedText which = AwsTunnels.describe(t);
            Statement line = i.member("interface.ip-address");
            var related = AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.INSIDE_ADDRESSES,
                    Messages.text("IX504.related", "which", which));
            if (i.address() == null && line != null && line.argWord("address") != null) {
                continue; // an address is written but malformed: IX002 says so, and "add one" would mislead
            }
            if (i.address() == null) {
                String add = "ip address " + right;
                findings.report(i.opener().range(), Messages.text("IX504.noAddress", "name", i.name(), "which", which,
                        "right", right, "add", add))
                        .fix(Fix.of(Messages.text("fix.add", "line", add),
                                Edits.insertIntoBlock(context.config(), i.opener(), add)))
                        .related(related);
                continue;
            }
            Ipv4Address have = i.address().address();
            String key = have.toString().equals(t.awsInsideAddress()) ? "IX504.swapped" : "IX504.wrongAddress";
            Word written = i.addressWord();
            TextEdit edit = Edits.replace(written, right);
            var finding = findings.report(written.range(), Messages.text(key, "name", i.name(),
                    "address", i.address(), "right", right, "which", which))
                    .fix(Fix.of(Messages.text("fix.changeToPlain", "value", right), edit))
                    .related(related);
            // A neighbor at the interface's (wrong) address that is AWS's is right: it stays, and
            // IX402 (the neighbor is this router's own address) leaves it to this finding.
            if (c.bgp() != null && have.toString().equals(t.awsInsideAddress())) {
                c.bgp().neighbors().stream().filter(n -> n.address().equals(have)).findFirst()
                        .ifPresent(n -> finding.related(new RelatedLocation(null,
                                n.firstStatement().argWord("address").range(),
                                Messages.text("IX504.relatedNeighbor", "address", have))));
            }
        }
    }
}
