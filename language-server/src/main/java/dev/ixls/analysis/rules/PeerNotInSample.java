package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.MistypedPeers;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Ikev2Key;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/**
 * IX502: an IKE or IPsec peer address that is not in the linked sample but was evidently meant
 * to be: a near-typo of a sample address, or the peer of a tunnel that carries a sample tunnel's
 * inside address. Other peers (other VPNs on the same router) are left alone.
 */
public final class PeerNotInSample extends Rule {

    public PeerNotInSample() {
        super(RuleCode.IX502, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (!context.hasSamples()) {
            return;
        }
        IxConfig config = context.config();
        MistypedPeers mistyped = MistypedPeers.of(context);
        Set<Word> reported = new HashSet<>();
        config.ikePolicies().values().forEach(p -> check(context, mistyped, p.statement().argWord("peer"), p.peer(),
                Half.IKE, reported, findings));
        config.ipsecMaps().values().forEach(m -> check(context, mistyped, m.statement().argWord("peer"), m.peer(),
                Half.IPSEC, reported, findings));
        for (Ikev2Key k : config.ikev2Keys()) {
            if (k.idType().equals("ipv4")) {
                check(context, mistyped, k.statement().argWord("id"), k.id(), Half.IKE, reported, findings);
            }
        }
        for (Interface i : config.interfaces().values()) {
            Statement peerLine = i.member("interface.ikev2-peer");
            if (peerLine != null && i.ikev2Peer() != null) {
                check(context, mistyped, peerLine.argWord("peer"), i.ikev2Peer(), Half.IPSEC, reported, findings);
            }
        }
    }

    /** Which half of an IPsec peer a line is: the keys (IKE policy, IKEv2 key) or the SA (map, IKEv2 peer). */
    private enum Half {
        IKE,
        IPSEC
    }

    private static void check(AnalysisContext context, MistypedPeers mistyped, Word word, String peer, Half half,
            Set<Word> reported, Findings findings) {
        if (word == null || !reported.add(word)) {
            return;
        }
        SampleTunnel meant = mistyped.meantFor(peer).orElse(null);
        if (meant == null) {
            return; // a right peer, or a peer of another VPN
        }
        String right = meant.tunnel().awsOutsideAddress();
        LocalizedText which = AwsTunnels.number(meant.tunnel());
        Finding finding = findings.report(word.range(), Messages.text("IX502.notInSample", "peer", peer, "right", right,
                "which", which))
                .fix(Fix.of(Messages.text("fix.changeToPlain", "value", right), Edits.replace(word, right)))
                .related(AwsTunnels.sampleLine(meant, SampleField.AWS_OUTSIDE_ADDRESS,
                        Messages.text("IX502.related", "which", which)));
        // The other half that names the right address no longer pairs with this line (IX201 would
        // say so): the same mistake, so it is shown here rather than as a finding of its own.
        Statement other = otherHalf(context.config(), half, right);
        Word otherWord = other == null ? null : other.argWord("peer") != null ? other.argWord("peer") : other.argWord("id");
        if (other != null && otherWord != null) {
            finding.related(new RelatedLocation(null, otherWord.range(), Messages.text(half == Half.IKE
                    ? "IX502.relatedMap" : "IX502.relatedPolicy", "right", right)));
        }
    }

    /** The line of the other half that names the sample's address, or null. */
    private static Statement otherHalf(IxConfig config, Half half, String right) {
        if (half == Half.IKE) {
            return config.ipsecMapForPeer(right).map(m -> m.statement()).orElse(null);
        }
        return config.ikePolicyForPeer(right).map(p -> p.statement())
                .or(() -> config.ikev2KeyFor(right).map(k -> k.statement())).orElse(null);
    }
}
