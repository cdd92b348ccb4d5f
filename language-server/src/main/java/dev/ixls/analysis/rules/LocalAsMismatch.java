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
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/** IX507: {@code router bgp ASN} differs from the customer gateway ASN in the sample. */
public final class LocalAsMismatch extends Rule {

    public LocalAsMismatch() {
        super(RuleCode.IX507, Severity.ERROR,
                LocalizedText.of("Local AS differs from the AWS sample", "自 AS が AWS サンプルと異なります"),
                LocalizedText.of("AWS expects the ASN registered for the customer gateway; BGP from another AS is refused.",
                        "AWS はカスタマーゲートウェイに登録した ASN を想定しています。別の AS からの BGP は拒否されます。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<Long> reported = new HashSet<>();
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Long right = c.tunnel().customerAsn();
            if (!c.isBgp() || c.bgp() == null || right == null || c.localAsMatches() || !reported.add(right)) {
                continue;
            }
            Word asn = c.bgp().statement().argWord("asn");
            if (asn == null) {
                continue;
            }
            String id = c.sampleTunnel().sample().sample().connectionId();
            findings.report(asn.range(), LocalizedText.of(
                    "This router's AS " + asn.text() + " differs from the customer gateway ASN " + right + " of the AWS VPN " + id
                            + "; AWS will refuse the BGP session. Use `router bgp " + right + "`, or register the customer gateway with AS "
                            + asn.text() + ".",
                    "このルータの AS " + asn.text() + " が AWS の VPN " + id + " のカスタマーゲートウェイ ASN " + right + " と異なります。"
                            + "AWS は BGP セッションを拒否します。`router bgp " + right + "` にするか、カスタマーゲートウェイを AS " + asn.text()
                            + " で登録し直してください。"))
                    .fix(Fix.of(LocalizedText.of("Change to " + right, right + " に変更"), Edits.replace(asn, String.valueOf(right))))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.CUSTOMER_ASN,
                            LocalizedText.of("the customer gateway ASN in the AWS sample", "AWS サンプルのカスタマーゲートウェイ ASN")));
        }
    }
}
