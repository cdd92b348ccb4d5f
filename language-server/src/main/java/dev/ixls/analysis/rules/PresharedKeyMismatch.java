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
import dev.ixls.analysis.TunnelComparison.KeyState;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;

/**
 * IX503: the pre-shared key for an AWS peer differs from the sample's. Neither key is ever shown;
 * the fix's edit carries the sample's key into the user's own file, its title does not.
 */
public final class PresharedKeyMismatch extends Rule {

    public PresharedKeyMismatch() {
        super(RuleCode.IX503, Severity.ERROR,
                LocalizedText.of("Pre-shared key differs from the AWS sample", "事前共有鍵が AWS サンプルと異なります"),
                LocalizedText.of("Each AWS tunnel has its own key; a key from the other tunnel, or with one character mistyped, fails phase 1 with no clearer message on the router than a timeout.",
                        "AWS のトンネルはそれぞれ専用の鍵を持ちます。もう一方のトンネルの鍵や 1 文字違いの鍵ではフェーズ 1 が失敗し、ルータにはタイムアウト程度しか表示されません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            if (c.keyState() != KeyState.DIFFERS || c.keyWord() == null) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            LocalizedText which = AwsTunnels.number(t);
            LocalizedText detail = c.keyBelongsTo().map(other -> {
                LocalizedText o = AwsTunnels.describe(other);
                return LocalizedText.of(" It is the key of " + o.en() + ": the two tunnels' keys are crossed.",
                        "これは" + o.ja() + "の鍵です（2 本のトンネルの鍵が入れ替わっています）。");
            }).orElse(LocalizedText.of("", ""));
            findings.report(c.keyWord().range(), LocalizedText.of(
                    "The pre-shared key for AWS peer " + t.awsOutsideAddress() + " (" + which.en()
                            + ") differs from the key in the AWS sample; phase 1 will fail." + detail.en() + " Copy the key from the sample.",
                    "AWS ピア " + t.awsOutsideAddress() + "（" + which.ja() + "）の事前共有鍵が AWS サンプルの鍵と異なります。"
                            + "フェーズ 1 が失敗します。" + detail.ja() + "サンプルから鍵をコピーしてください。"))
                    .fix(Fix.of(LocalizedText.of("Use the pre-shared key of " + which.en() + " from the AWS sample",
                            "AWS サンプルの" + which.ja() + " の事前共有鍵を使う"),
                            Edits.replace(c.keyWord(), t.presharedKey().reveal())))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.PRESHARED_KEY,
                            LocalizedText.of("the key AWS expects for " + which.en() + " (not shown)",
                                    which.ja() + " で AWS が期待する鍵（表示しません）")));
        }
    }
}
