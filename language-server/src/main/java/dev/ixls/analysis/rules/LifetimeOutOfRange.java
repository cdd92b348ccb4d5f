package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Offered;
import dev.ixls.analysis.CryptoOffers.PeerOffer;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.CryptoOffers.Suite;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.HashSet;
import java.util.Set;

/**
 * IX208: a lifetime AWS does not accept, for an AWS peer: phase 1 900-28800 s, phase 2
 * 900-3600 s and shorter than phase 1. Unwritten lifetimes count as IX's default IKE lifetime
 * (28800 s); an unwritten IPsec lifetime is not guessed.
 */
public final class LifetimeOutOfRange extends Rule {

    public LifetimeOutOfRange() {
        super(RuleCode.IX208, Severity.ERROR,
                LocalizedText.of("Lifetime AWS does not accept", "AWS が受け付けないライフタイム"),
                LocalizedText.of("AWS takes IKE lifetimes of 900-28800 s and IPsec lifetimes of 900-3600 s, the IPsec one shorter than the IKE one; other values are refused or rekey out of step.",
                        "AWS が受け付けるライフタイムは IKE が 900〜28800 秒、IPsec が 900〜3600 秒で、IPsec は IKE より短い必要があります。それ以外は拒否されるか、鍵更新がずれます。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<Range> reported = new HashSet<>();
        for (PeerOffer offer : CryptoOffers.forAwsPeers(context)) {
            String peer = offer.peer();
            int phase1 = Integer.MAX_VALUE;
            for (Suite s : offer.phase1()) {
                Offered<Integer> l = s.lifetime();
                int value = l != null && l.value() != null ? l.value() : AwsLimits.IX_DEFAULT_IKE_LIFETIME;
                phase1 = Math.min(phase1, value);
                if (written(l) && (value < AwsLimits.PHASE1_MIN_LIFETIME || value > AwsLimits.PHASE1_MAX_LIFETIME)
                        && reported.add(l.range())) {
                    outOfRange(context, findings, peer, Phase.IKE, l, AwsLimits.PHASE1_MIN_LIFETIME,
                            AwsLimits.PHASE1_MAX_LIFETIME);
                }
            }
            if (phase1 == Integer.MAX_VALUE) {
                phase1 = AwsLimits.IX_DEFAULT_IKE_LIFETIME;
            }
            for (Suite s : offer.phase2()) {
                Offered<Integer> l = s.lifetime();
                if (!written(l) || l.value() == null || reported.contains(l.range())) {
                    continue;
                }
                int value = l.value();
                if (value < AwsLimits.PHASE2_MIN_LIFETIME || value > AwsLimits.PHASE2_MAX_LIFETIME) {
                    reported.add(l.range());
                    outOfRange(context, findings, peer, Phase.IPSEC, l, AwsLimits.PHASE2_MIN_LIFETIME,
                            AwsLimits.PHASE2_MAX_LIFETIME);
                } else if (value >= phase1) {
                    reported.add(l.range());
                    relate(context, peer, Phase.IPSEC, findings.report(l.range(), LocalizedText.of(
                            "The IPsec (phase 2) lifetime " + value + " s is not shorter than the IKE (phase 1) lifetime "
                                    + phase1 + " s for AWS peer " + peer + ": AWS requires phase 2 below phase 1. Make this one shorter "
                                    + "than the IKE lifetime (AWS's defaults: IKE 28800 s, IPsec 3600 s).",
                            "ピア " + peer + " の IPsec（フェーズ 2）ライフタイム " + value + " 秒が IKE（フェーズ 1）ライフタイム " + phase1
                                    + " 秒より短くありません。AWS ではフェーズ 2 をフェーズ 1 より短くする必要があります。こちらを IKE ライフタイムより"
                                    + "短くしてください（AWS の既定値は IKE 28800 秒、IPsec 3600 秒）。")));
                }
            }
        }
    }

    /** A lifetime the config writes itself (not the default standing in for it). */
    private static boolean written(Offered<Integer> l) {
        return l != null && !l.text().isEmpty();
    }

    private static void outOfRange(AnalysisContext context, Findings findings, String peer, Phase phase,
            Offered<Integer> l, int min, int max) {
        int better = l.value() < min ? min : max;
        LocalizedText p = Phrases.phase(phase);
        Finding f = findings.report(l.range(), LocalizedText.of(
                "The " + p.en() + " lifetime " + l.value() + " s for AWS peer " + peer + " is outside what AWS accepts ("
                        + min + "-" + max + " s): the proposal is refused. Use " + better + ".",
                "AWS ピア " + peer + " への " + p.ja() + "ライフタイム " + l.value() + " 秒は AWS が受け付ける範囲（" + min + "〜" + max
                        + " 秒）の外で、提案が拒否されます。" + better + " にしてください。"))
                .fix(Fix.of(LocalizedText.of("Change to " + better, better + " に変更"),
                        new TextEdit(l.range(), String.valueOf(better))));
        relate(context, peer, phase, f);
    }

    private static void relate(AnalysisContext context, String peer, Phase phase, Finding f) {
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                phase == Phase.IKE ? SampleField.IKE : SampleField.IPSEC,
                LocalizedText.of("the AWS sample's " + Phrases.phase(phase).en() + " settings",
                        "AWS サンプルの " + Phrases.phase(phase).ja() + "の設定"))));
    }
}
