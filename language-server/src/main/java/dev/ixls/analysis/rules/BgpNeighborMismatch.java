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
import dev.ixls.model.BgpNeighbor;

/**
 * IX505: no BGP neighbor at a tunnel's AWS inside address: the one meant for it has another
 * address, or there is none. Without any {@code router bgp} it is IX511's (routing type).
 */
public final class BgpNeighborMismatch extends Rule {

    public BgpNeighborMismatch() {
        super(RuleCode.IX505, Severity.ERROR,
                LocalizedText.of("BGP neighbor differs from the AWS sample", "BGP ネイバーが AWS サンプルと異なります"),
                LocalizedText.of("AWS answers BGP only at its inside address of each tunnel, the first address of the /30; a neighbor elsewhere never comes up.",
                        "AWS が BGP に応答するのは各トンネルの AWS 側内側アドレス（/30 の最初のアドレス）だけです。それ以外のネイバーは確立しません。"));
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
                    LocalizedText.of("AWS's inside address for " + which.en(), which.ja() + "の AWS 側内側アドレス"));
            BgpNeighbor n = c.neighborCandidate();
            if (n != null) {
                findings.report(n.firstStatement().argWord("address").range(), LocalizedText.of(
                        "BGP neighbor " + n.address() + " looks meant for " + which.en() + ", but AWS's inside address there is "
                                + right + "; the session will not come up. Use " + right + ".",
                        "BGP ネイバー " + n.address() + " は" + which.ja() + "用と思われますが、AWS 側の内側アドレスは " + right
                                + " です。セッションが確立しません。" + right + " にしてください。"))
                        .fix(new Fix(LocalizedText.of("Change the neighbor to " + right, "ネイバーを " + right + " に変更"),
                                n.statements().stream().map(s -> Edits.replace(s.argWord("address"), right)).toList()))
                        .related(related);
                continue;
            }
            String remoteAs = "neighbor " + right + " remote-as " + t.awsAsn();
            String timers = "neighbor " + right + " timers " + AwsLimits.BGP_KEEPALIVE + " " + AwsLimits.BGP_HOLD;
            findings.report(c.bgp().statement().range(), LocalizedText.of(
                    "`router bgp` has no neighbor for " + which.en() + ": AWS expects one at " + right + ". Add `" + remoteAs
                            + "` and `" + timers + "`.",
                    "`router bgp` に" + which.ja() + "のネイバーがありません。AWS は " + right + " を想定しています。`" + remoteAs
                            + "` と `" + timers + "` を追加してください。"))
                    .fix(Fix.of(LocalizedText.of("Add neighbor " + right, "ネイバー " + right + " を追加"),
                            Edits.insertIntoBlock(context.config(), c.bgp().statement(), remoteAs, timers)))
                    .related(related);
        }
    }
}
