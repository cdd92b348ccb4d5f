package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
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
import dev.ixls.parse.Statement;

/** IX506: the remote-as of a tunnel's BGP neighbor differs from the sample's Amazon-side ASN. */
public final class RemoteAsMismatch extends Rule {

    public RemoteAsMismatch() {
        super(RuleCode.IX506, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            BgpNeighbor n = c.sessionNeighbor();
            if (!c.isBgp() || n == null) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            String right = String.valueOf(t.awsAsn());
            LocalizedText which = AwsTunnels.number(t);
            for (Statement s : TunnelComparison.remoteAsLines(n)) {
                if (right.equals(s.arg("asn")) || s.argWord("asn") == null) {
                    continue;
                }
                findings.report(s.argWord("asn").range(), Messages.text("IX506.differs", "asn", s.arg("asn"),
                        "address", n.address(), "right", right, "which", which))
                        .fix(Fix.of(Messages.text("fix.changeToPlain",
                                "value", right), Edits.replace(s.argWord("asn"), right)))
                        .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.AWS_ASN,
                                Messages.text("related.sampleAmazonAsn")));
            }
        }
    }
}
