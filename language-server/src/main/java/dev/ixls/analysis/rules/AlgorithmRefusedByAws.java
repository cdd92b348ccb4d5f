package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsAcceptance;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.PeerOffer;
import dev.ixls.analysis.CryptoOffers.Phase;
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
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IX209: an algorithm, DH group or IKE mode AWS accepts on no tunnel, offered to an AWS peer.
 * With several proposals it speaks only when none of them can be agreed, since AWS picks one.
 * Lifetimes are IX208's.
 */
public final class AlgorithmRefusedByAws extends Rule {

    /** Lifetimes are IX208's. */
    private static final Set<Aspect> IGNORED = Set.of(Aspect.LIFETIME);

    public AlgorithmRefusedByAws() {
        super(RuleCode.IX209, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<String> reported = new HashSet<>();
        for (PeerOffer offer : CryptoOffers.forAwsPeers(context)) {
            for (Phase phase : Phase.values()) {
                List<Mismatch> refused = CryptoOffers.check(offer, phase, AwsAcceptance.ANY_TUNNEL, IGNORED);
                for (Mismatch m : refused) {
                    if (reported.add(m.range() + " " + m.aspect())) {
                        report(context, findings, offer.peer(), m);
                    }
                }
            }
        }
    }

    private static void report(AnalysisContext context, Findings findings, String peer, Mismatch m) {
        Finding f;
        if (m.aspect() == Aspect.MODE) {
            f = findings.report(m.range(), Messages.text("IX209.aggressiveMode", "mode", m.text(), "peer", peer));
            removeMode(context, m.range()).ifPresent(f::fix);
        } else {
            LocalizedText phase = Phrases.phase(m.phase());
            LocalizedText aspect = Phrases.aspect(m.aspect(), m.phase());
            f = findings.report(m.range(), Messages.text("IX209.refused", "value", m.text(), "phase", phase,
                    "aspect", aspect, "peer", peer, "accepted", m.accepted()));
        }
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                m.phase() == Phase.IKE ? SampleField.IKE : SampleField.IPSEC,
                Messages.text("related.samplePhaseSettings", "phase", Phrases.phase(m.phase())))));
    }

    /** Deletes {@code mode aggressive } from the policy line. */
    private static java.util.Optional<Fix> removeMode(AnalysisContext context, Range value) {
        Statement s = context.config().parsed().statementAt(value.start().line());
        if (s == null) {
            return java.util.Optional.empty();
        }
        List<Word> words = s.line().words();
        for (int i = 1; i + 1 < words.size(); i++) {
            if (words.get(i).text().equals("mode") && words.get(i + 1).range().equals(value)) {
                int end = i + 2 < words.size() ? words.get(i + 2).start() : words.get(i + 1).end();
                return java.util.Optional.of(Fix.of(Messages.text("IX209.removeAggressiveMode"),
                        new TextEdit(Range.onLine(s.line().index(), words.get(i).start(), end), "")));
            }
        }
        return java.util.Optional.empty();
    }
}
