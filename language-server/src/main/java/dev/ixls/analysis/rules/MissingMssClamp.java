package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import java.util.Optional;

/**
 * IX205: a tunnel interface to AWS without a TCP MSS clamp, or with one above what fits the
 * tunnel. AWS does no path MTU discovery, so large TCP segments are fragmented or dropped.
 */
public final class MissingMssClamp extends Rule {

    private static final String AUTO = "ip tcp adjust-mss auto";

    public MissingMssClamp() {
        super(RuleCode.IX205, Severity.WARNING,
                LocalizedText.of("No TCP MSS clamp on a tunnel to AWS", "AWS へのトンネルに TCP MSS 調整がありません"),
                LocalizedText.of("IPsec headers shrink the room for data and AWS does no path MTU discovery: without a clamp, full-size TCP segments are fragmented or lost.",
                        "IPsec ヘッダの分だけ運べるデータが減り、AWS はパス MTU 探索をしません。MSS を調整しないと、最大長の TCP セグメントが断片化されるか失われます。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        boolean fragment = context.gaps().isFragment();
        for (Interface i : context.awsTunnels()) {
            if (!i.isIpsecTunnel()) {
                continue;
            }
            Optional<SampleTunnel> st = context.sampleTunnel(config.peerOf(i));
            int limit = st.map(s -> s.tunnel().tcpMss()).orElse(AwsLimits.MSS); // an old sample's 1387 is its own limit
            Finding f;
            if (i.mss() == null) {
                if (fragment) {
                    continue; // the clamp may have been typed in another session
                }
                f = findings.report(i.opener().range(), LocalizedText.of(
                        "`" + i.name() + "` to AWS has no TCP MSS clamp: full-size TCP segments will not fit the tunnel. "
                                + "Add `" + AUTO + "`.",
                        "AWS へのトンネル `" + i.name() + "` に TCP MSS の調整がありません。最大長の TCP セグメントがトンネルに収まりません。"
                                + "`" + AUTO + "` を追加してください。"))
                        .fix(Fix.of(LocalizedText.of("Add `" + AUTO + "`", "`" + AUTO + "` を追加"),
                                Edits.insertIntoBlock(config, i.opener(), AUTO)));
            } else if (i.mss() != Interface.MSS_AUTO && i.mss() > limit) {
                Statement line = i.member("interface.adjust-mss");
                f = findings.report(line.argWord("mss").range(), LocalizedText.of(
                        "TCP MSS " + i.mss() + " on `" + i.name() + "` is more than fits a tunnel to AWS (" + limit
                                + "): larger segments are fragmented or dropped. Use `" + AUTO + "` or " + limit + ".",
                        "`" + i.name() + "` の TCP MSS " + i.mss() + " は AWS へのトンネルに収まる値（" + limit
                                + "）を超えています。大きなセグメントは断片化または破棄されます。`" + AUTO + "` か " + limit + " にしてください。"))
                        .fix(Fix.of(LocalizedText.of("Change to `" + AUTO + "`", "`" + AUTO + "` に変更"),
                                Edits.replaceStatement(line, AUTO)));
            } else {
                continue;
            }
            st.ifPresent(s -> f.related(AwsTunnels.sampleLine(s, SampleField.TCP_MSS,
                    LocalizedText.of("the AWS sample's MSS for this tunnel", "AWS サンプルのこのトンネルの MSS"))));
        }
    }
}
