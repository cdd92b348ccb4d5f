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
import dev.ixls.model.BgpNeighbor;
import dev.ixls.parse.Statement;

/** IX506: the remote-as of a tunnel's BGP neighbor differs from the sample's Amazon-side ASN. */
public final class RemoteAsMismatch extends Rule {

    public RemoteAsMismatch() {
        super(RuleCode.IX506, Severity.ERROR,
                LocalizedText.of("remote-as differs from the AWS sample", "remote-as が AWS サンプルと異なります"),
                LocalizedText.of("The Amazon-side ASN is 64512 by default but can be set per gateway (old samples say 7224); a wrong remote-as makes AWS close the session at once.",
                        "Amazon 側 ASN は既定で 64512 ですが、ゲートウェイごとに変更できます（古いサンプルは 7224）。remote-as が違うと AWS はすぐにセッションを閉じます。"));
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
                findings.report(s.argWord("asn").range(), LocalizedText.of(
                        "remote-as " + s.arg("asn") + " for neighbor " + n.address() + " differs from the Amazon-side ASN "
                                + right + " the AWS sample gives " + which.en() + "; AWS will close the session. Use " + right + ".",
                        "ネイバー " + n.address() + " の remote-as " + s.arg("asn") + " が AWS サンプルの" + which.ja() + " の Amazon 側 ASN "
                                + right + " と異なります。AWS がセッションを閉じます。" + right + " にしてください。"))
                        .fix(Fix.of(LocalizedText.of("Change to " + right, right + " に変更"), Edits.replace(s.argWord("asn"), right)))
                        .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.AWS_ASN,
                                LocalizedText.of("the Amazon-side ASN in the AWS sample", "AWS サンプルの Amazon 側 ASN")));
            }
        }
    }
}
