package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.parse.Statement;
import java.util.function.Predicate;

/** IX404: a neighbor on an AWS tunnel whose remote-as is this router's own AS (iBGP to AWS). */
public final class AwsNeighborSameAs extends Rule {

    public AwsNeighborSameAs() {
        super(RuleCode.IX404, Severity.ERROR,
                LocalizedText.of("AWS neighbor with this router's own AS", "AWS ネイバーの AS がこのルータと同じ"),
                LocalizedText.of("AWS peers over eBGP: its ASN (64512 by default) must differ from the customer gateway's. The same ASN on both sides makes the session iBGP, which AWS refuses.",
                        "AWS は eBGP でピアを張ります。AWS の ASN（既定 64512）はカスタマーゲートウェイの ASN と異なる必要があります。同じ ASN では iBGP になり、AWS は受け付けません。"));
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
                    Finding f = findings.report(s.argWord("asn").range(), LocalizedText.of(
                            "AWS neighbor " + n.address() + " has remote-as " + bgp.asn() + ", this router's own AS: that makes "
                                    + "it iBGP, which AWS does not speak. Use the Amazon-side ASN (64512 unless you set another); "
                                    + "if 64512 is your own AS, change `router bgp` instead.",
                            "AWS ネイバー " + n.address() + " の remote-as " + bgp.asn() + " はこのルータ自身の AS で、iBGP になってしまいます"
                                    + "（AWS は iBGP を話しません）。Amazon 側 ASN（変更していなければ 64512）にしてください。"
                                    + "自分の AS が 64512 なら `router bgp` の方を変えてください。"));
                    AwsTunnels.byInsideAddress(context, n.address()).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                            SampleField.AWS_ASN, LocalizedText.of("the Amazon-side ASN in the AWS sample",
                                    "AWS サンプルの Amazon 側 ASN"))));
                }
            }
        }
    }
}
