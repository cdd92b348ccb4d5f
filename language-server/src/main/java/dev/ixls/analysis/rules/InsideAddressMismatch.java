package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
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
        super("IX504", Severity.ERROR,
                LocalizedText.of("Inside address differs from the AWS sample", "内側アドレスが AWS サンプルと異なります"),
                LocalizedText.of("The tunnel interface must hold the customer gateway's inside address the sample gives; with another one, BGP and pings over the tunnel go nowhere.",
                        "トンネルインタフェースにはサンプルにあるカスタマーゲートウェイ側の内側アドレスが必要です。違うアドレスでは、トンネル上の BGP も ping も届きません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Interface i = c.tunnelInterface();
            // A right address with a wrong length is IX301's; one from the other tunnel's /30 is IX510's.
            if (i == null || (i.address() != null && i.address().address().equals(c.expectedInsideAddress()))
                    || CrossedTunnels.crossedWith(context, c).isPresent()) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            String right = t.customerInsideAddress() + "/" + c.expectedInsideNetwork().length();
            LocalizedText which = AwsTunnels.describe(t);
            Statement line = i.member("interface.ip-address");
            var related = AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.INSIDE_ADDRESSES,
                    LocalizedText.of("the inside addresses of " + which.en() + " in the AWS sample", "AWS サンプルの" + which.ja() + "の内側アドレス"));
            if (i.address() == null && line != null && line.argWord("address") != null) {
                continue; // an address is written but malformed: IX002 says so, and "add one" would mislead
            }
            if (i.address() == null) {
                String add = "ip address " + right;
                findings.report(i.opener().range(), LocalizedText.of(
                        "`" + i.name() + "` carries " + which.en() + " but has no inside address; the sample gives this router "
                                + right + ". Add `" + add + "`.",
                        "`" + i.name() + "` は" + which.ja() + "を運びますが内側アドレスがありません。サンプルではこのルータは " + right
                                + " です。`" + add + "` を追加してください。"))
                        .fix(Fix.of(LocalizedText.of("Add `" + add + "`", "`" + add + "` を追加"),
                                Edits.insertIntoBlock(context.config(), i.opener(), add)))
                        .related(related);
                continue;
            }
            Ipv4Address have = i.address().address();
            LocalizedText why = have.toString().equals(t.awsInsideAddress())
                    ? LocalizedText.of(" That is AWS's side of the /30: the two inside addresses are swapped.",
                            "これは /30 の AWS 側のアドレスです（2 つの内側アドレスが入れ替わっています）。")
                    : LocalizedText.of("", "");
            Word written = i.addressWord();
            TextEdit edit = Edits.replace(written, right);
            findings.report(written.range(), LocalizedText.of(
                    "`" + i.name() + "` has " + i.address() + ", but the AWS sample gives this router " + right + " for "
                            + which.en() + "." + why.en() + " Use " + right + ".",
                    "`" + i.name() + "` は " + i.address() + " ですが、AWS サンプルでは" + which.ja() + "のこのルータ側は " + right
                            + " です。" + why.ja() + right + " にしてください。"))
                    .fix(Fix.of(LocalizedText.of("Change to " + right, right + " に変更"), edit))
                    .related(related);
        }
    }
}
