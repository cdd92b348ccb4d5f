package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.syntax.Word;

/** IX301: a tunnel to AWS whose inside address is not a /30 inside 169.254.0.0/16. */
public final class InvalidInsideNetwork extends Rule {

    public InvalidInsideNetwork() {
        super("IX301", Severity.ERROR,
                LocalizedText.of("AWS inside address not a /30 in 169.254.0.0/16", "AWS の内側アドレスが 169.254.0.0/16 内の /30 ではありません"),
                LocalizedText.of("AWS numbers each tunnel's inside link as a /30 from 169.254.0.0/16; another length or range cannot match AWS's side.",
                        "AWS は各トンネルの内側リンクに 169.254.0.0/16 内の /30 を割り当てます。他の長さや範囲では AWS 側と一致しません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel()) {
                continue;
            }
            boolean inRange = AwsLimits.INSIDE_RANGE.contains(a.address());
            if (inRange && a.length() == AwsLimits.INSIDE_LENGTH) {
                continue;
            }
            Word word = i.addressWord();
            Finding f = findings.report(word.range(), LocalizedText.of(
                    "`" + a + "` on tunnel `" + i.name() + "` to AWS is not a /30 inside 169.254.0.0/16, which is what AWS "
                            + "uses for tunnel inside addresses. Use this router's address from the AWS sample, with /30.",
                    "AWS へのトンネル `" + i.name() + "` の `" + a + "` は 169.254.0.0/16 内の /30 ではありません（AWS の"
                            + "内側アドレスは必ずこの形です）。AWS サンプルにあるこのルータ側のアドレスを /30 で設定してください。"));
            if (inRange) {
                String fixed = a.address() + "/" + AwsLimits.INSIDE_LENGTH;
                f.fix(Fix.of(LocalizedText.of("Change to " + fixed, fixed + " に変更"), Edits.replace(word, fixed)));
            }
            context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                    SampleField.INSIDE_ADDRESSES, LocalizedText.of("the inside addresses in the AWS sample",
                            "AWS サンプルの内側アドレス"))));
        }
    }
}
