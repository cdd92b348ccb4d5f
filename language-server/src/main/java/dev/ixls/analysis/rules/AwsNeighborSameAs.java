package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.parse.Statement;
import java.util.function.Predicate;

/** IX404: a neighbor on an AWS tunnel whose remote-as is this router's own AS (iBGP to AWS). */
public final class AwsNeighborSameAs extends Rule {

    public AwsNeighborSameAs() {
        super(RuleCode.IX404, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null) {
            return;
        }
        Predicate<Ipv4Address> awsNeighbor = AwsTunnels.awsNeighbors(context);
        String ownAsn = String.valueOf(bgp.asn());
        for (BgpNeighbor n : bgp.neighbors()) {
            if (!awsNeighbor.test(n.address())) {
                continue;
            }
            for (Statement s : n.statements()) {
                if (s.is("bgp.neighbor.remote-as") && ownAsn.equals(s.arg("asn"))) {
                    Finding f = findings.report(s.argWord("asn").range(), Messages.text("IX404.sameAs",
                            "address", n.address(), "asn", bgp.asn()));
                    AwsTunnels.byInsideAddress(context, n.address()).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                            SampleField.AWS_ASN, Messages.text("related.sampleAmazonAsn"))));
                }
            }
        }
    }
}
