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
import dev.ixls.i18n.Messages;
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
        super(RuleCode.IX208, Severity.ERROR);
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
                    relate(context, peer, Phase.IPSEC, findings.report(l.range(), Messages.text("IX208.notShorter",
                            "value", value, "phase1", phase1, "peer", peer)));
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
        Finding f = findings.report(l.range(), Messages.text("IX208.outOfRange", "phase", p, "value", l.value(),
                "peer", peer, "min", min, "max", max, "better", better))
                .fix(Fix.of(Messages.text("fix.changeToPlain", "value", better),
                        new TextEdit(l.range(), String.valueOf(better))));
        relate(context, peer, phase, f);
    }

    private static void relate(AnalysisContext context, String peer, Phase phase, Finding f) {
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                phase == Phase.IKE ? SampleField.IKE : SampleField.IPSEC,
                Messages.text("related.samplePhaseSettings", "phase", Phrases.phase(phase)))));
    }
}
