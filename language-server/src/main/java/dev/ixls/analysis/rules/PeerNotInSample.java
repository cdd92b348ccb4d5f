package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.ClosestName;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Ikev2Key;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * IX502: an IKE or IPsec peer address that is not in the linked sample but was evidently meant
 * to be: a near-typo of a sample address, or the peer of a tunnel that carries a sample tunnel's
 * inside address. Other peers (other VPNs on the same router) are left alone.
 */
public final class PeerNotInSample extends Rule {

    /** Edits between a typed address and a sample address that still read as a typo. */
    private static final int TYPO_DISTANCE = 2;

    public PeerNotInSample() {
        super(RuleCode.IX502, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (!context.hasSamples()) {
            return;
        }
        IxConfig config = context.config();
        List<SampleTunnel> all = new ArrayList<>();
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                all.add(new SampleTunnel(s, t));
            }
        }
        Set<Word> reported = new HashSet<>();
        config.ikePolicies().values().forEach(p -> check(context, all, p.statement().argWord("peer"), p.peer(), reported, findings));
        config.ipsecMaps().values().forEach(m -> check(context, all, m.statement().argWord("peer"), m.peer(), reported, findings));
        for (Ikev2Key k : config.ikev2Keys()) {
            if (k.idType().equals("ipv4")) {
                check(context, all, k.statement().argWord("id"), k.id(), reported, findings);
            }
        }
        for (Interface i : config.interfaces().values()) {
            Statement peerLine = i.member("interface.ikev2-peer");
            if (peerLine != null && i.ikev2Peer() != null) {
                check(context, all, peerLine.argWord("peer"), i.ikev2Peer(), reported, findings);
            }
        }
    }

    private static void check(AnalysisContext context, List<SampleTunnel> all, Word word, String peer, Set<Word> reported,
            Findings findings) {
        if (word == null || peer.equals("any") || context.sampleTunnel(peer).isPresent() || !reported.add(word)) {
            return;
        }
        SampleTunnel meant = context.config().tunnelsToPeer(peer).stream().filter(i -> i.address() != null)
                .map(i -> AwsTunnels.byInsideAddress(context, i.address().address())).flatMap(Optional::stream)
                .findFirst().orElse(null);
        if (meant == null) {
            meant = byTypo(all, peer);
        }
        if (meant == null) {
            return; // a peer of another VPN
        }
        String right = meant.tunnel().awsOutsideAddress();
        LocalizedText which = AwsTunnels.number(meant.tunnel());
        findings.report(word.range(), Messages.text("IX502.notInSample", "peer", peer, "right", right, "which", which))
                .fix(Fix.of(Messages.text("fix.changeToPlain", "value", right), Edits.replace(word, right)))
                .related(AwsTunnels.sampleLine(meant, SampleField.AWS_OUTSIDE_ADDRESS,
                        Messages.text("IX502.related", "which", which)));
    }

    private static SampleTunnel byTypo(List<SampleTunnel> all, String peer) {
        SampleTunnel best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SampleTunnel st : all) {
            int d = ClosestName.distance(peer, st.tunnel().awsOutsideAddress());
            if (d < bestDistance) {
                bestDistance = d;
                best = st;
            }
        }
        return bestDistance <= TYPO_DISTANCE ? best : null;
    }
}
