package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsAcceptance;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IX508 and IX509: a proposal this tunnel's AWS options cannot agree to. Values AWS refuses on
 * every tunnel are left to IX208 and IX209, so each mistake is reported once.
 */
abstract class ProposalMismatch extends Rule {

    private final Phase phase;

    ProposalMismatch(RuleCode code, Phase phase, LocalizedText title, LocalizedText reason) {
        super(code, Severity.ERROR, title, reason);
        this.phase = phase;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (TunnelComparison c : TunnelComparison.all(context)) {
            if (c.offer().isEmpty()) {
                continue;
            }
            List<Mismatch> here = phase == Phase.IKE ? c.ikeMismatches(Set.of()) : c.ipsecMismatches(Set.of());
            if (here.isEmpty()) {
                continue;
            }
            List<Mismatch> everywhere = CryptoOffers.check(c.offer().get(), phase, AwsAcceptance.ANY_TUNNEL, Set.of());
            for (Mismatch m : here) {
                if (everywhere.stream().anyMatch(e -> e.aspect() == m.aspect() && e.range().equals(m.range()))
                        || !reported.add(m.range() + " " + m.aspect())) {
                    continue;
                }
                report(c, m, findings);
            }
        }
    }

    private void report(TunnelComparison c, Mismatch m, Findings findings) {
        AwsTunnel t = c.tunnel();
        LocalizedText which = AwsTunnels.describe(t);
        LocalizedText p = Phrases.phase(m.phase());
        LocalizedText aspect = Phrases.aspect(m.aspect(), m.phase());
        LocalizedText message = switch (m.aspect()) {
            case VERSION -> LocalizedText.of(
                    "This tunnel uses " + m.text() + ", but the AWS tunnel options of " + which.en() + " allow only "
                            + m.accepted() + ": phase 1 will not start. Configure it with " + m.accepted()
                            + ", or allow " + m.text() + " in the tunnel options.",
                    "このトンネルは " + m.text() + " ですが、" + which.ja() + "の AWS トンネルオプションが許すのは " + m.accepted()
                            + " だけで、フェーズ 1 が始まりません。" + m.accepted() + " で設定するか、トンネルオプションで " + m.text() + " を許可してください。");
            case LIFETIME -> LocalizedText.of(
                    "The " + p.en() + " lifetime " + m.text() + " s" + (m.written() ? "" : " (IX's default: none is written)")
                            + " is longer than the " + m.accepted() + " s the AWS "
                            + "tunnel options of " + which.en() + " allow; AWS refuses the proposal. Use " + m.accepted()
                            + " s or less.",
                    p.ja() + "ライフタイム " + m.text() + " 秒" + (m.written() ? "" : "（未指定のため IX の既定値）") + "は、" + which.ja() + "の AWS トンネルオプションの " + m.accepted()
                            + " 秒より長く、AWS は提案を拒否します。" + m.accepted() + " 秒以下にしてください。");
            default -> LocalizedText.of(
                    "`" + m.text() + "` (" + p.en() + " " + aspect.en() + ") is not among what the AWS tunnel options of "
                            + which.en() + " allow: " + m.accepted() + ". The negotiation will fail; use one of those.",
                    "`" + m.text() + "`（" + p.ja() + "の" + aspect.ja() + "）は" + which.ja() + "の AWS トンネルオプション（"
                            + m.accepted() + "）に含まれず、ネゴシエーションが失敗します。その中から選んでください。");
        };
        SampleField field = t.states(Phrases.sampleField(m)) ? Phrases.sampleField(m)
                : m.phase() == Phase.IKE ? SampleField.IKE : SampleField.IPSEC;
        findings.report(m.range(), message).related(AwsTunnels.sampleLine(c.sampleTunnel(), field,
                LocalizedText.of("what AWS accepts on " + which.en(), which.ja() + "で AWS が受け付ける値")));
    }
}
