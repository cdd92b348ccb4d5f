package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Prefix;

/** IX303: a tunnel inside network in one of the /30s AWS reserves. */
public final class ReservedInsideNetwork extends Rule {

    public ReservedInsideNetwork() {
        super("IX303", Severity.ERROR,
                LocalizedText.of("Inside network AWS reserves", "AWS が予約している内側ネットワーク"),
                LocalizedText.of("AWS never uses 169.254.0.0/30 to 169.254.5.0/30 or 169.254.169.252/30 for tunnels (they clash with its own services), so a tunnel numbered there cannot match AWS's side.",
                        "AWS は 169.254.0.0/30〜169.254.5.0/30 と 169.254.169.252/30 をトンネルに使いません（自身のサービスと衝突するため）。そこに番号付けしたトンネルは AWS 側と一致しません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel()) {
                continue;
            }
            for (Ipv4Prefix reserved : AwsLimits.RESERVED_INSIDE) {
                if (reserved.overlaps(a)) {
                    Finding f = findings.report(i.addressWord().range(), LocalizedText.of(
                            "`" + a + "` on `" + i.name() + "` lies in " + reserved + ", which AWS reserves and never gives a "
                                    + "tunnel. Take the inside /30 from the AWS sample (or pick another one when creating the VPN).",
                            "`" + i.name() + "` の `" + a + "` は AWS が予約している " + reserved + " に含まれ、トンネルには使われません。"
                                    + "AWS サンプルの内側 /30 を使ってください（VPN 作成時に別の /30 を指定することもできます）。"));
                    context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                            SampleField.INSIDE_ADDRESSES, LocalizedText.of("the inside addresses in the AWS sample", "AWS サンプルの内側アドレス"))));
                    break;
                }
            }
        }
    }
}
