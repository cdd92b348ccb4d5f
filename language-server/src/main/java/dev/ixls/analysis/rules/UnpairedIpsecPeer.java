package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.MistypedPeers;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * IX201: one half of an IPsec peer without the other. An IKE policy whose peer no IPsec map
 * names brings up phase 1 and carries nothing; a map whose peer has no IKE policy or IKEv2 key
 * never gets keys; an IKEv2 tunnel whose peer id has no {@code ikev2 authentication psk} key
 * cannot authenticate.
 */
public final class UnpairedIpsecPeer extends Rule {

    private static final List<String> ID_ARGS = List.of("id", "id6", "keyid", "fqdn", "peer");

    public UnpairedIpsecPeer() {
        super(RuleCode.IX201, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        // A peer mistyped on one half is one mistake: IX502 reports it with its fix and points at the
        // other half, so the pair counts as present through the AWS tunnel both were meant for.
        MistypedPeers mistyped = MistypedPeers.of(context);
        boolean mapForAnyPeer = config.ipsecMapForPeer("any").isPresent();
        for (IkePolicy p : config.ikePolicies().values()) {
            // The pair is the common case: looked for before the unread words.
            if (mapForAnyPeer || p.peer().equals("any") || config.ipsecMapForPeer(p.peer()).isPresent()
                    || gaps.mayMention(p.peer())
                    || mistyped.sameTunnel(p.peer()).stream().anyMatch(x -> config.ipsecMapForPeer(x).isPresent())) {
                continue;
            }
            findings.report(peerRange(p.statement()), Messages.text("IX201.policyWithoutMap", "name", p.name(),
                    "peer", p.peer()));
        }
        boolean policyForAnyPeer = config.ikePolicyForPeer("any").isPresent();
        for (IpsecMap m : config.ipsecMaps().values()) {
            if (policyForAnyPeer || m.peer().equals("any") || config.ikePolicyForPeer(m.peer()).isPresent()
                    || config.ikev2KeyFor(m.peer()).isPresent() || gaps.mayMention(m.peer())
                    || mistyped.sameTunnel(m.peer()).stream().anyMatch(x -> config.ikePolicyForPeer(x).isPresent()
                            || config.ikev2KeyFor(x).isPresent())) {
                continue;
            }
            findings.report(peerRange(m.statement()), Messages.text("IX201.mapWithoutPolicy", "name", m.name(),
                    "peer", m.peer()));
        }
        if (context.statements().of("interface.ikev2-peer").isEmpty()) {
            return; // no IKEv2 tunnel: no interface to look at
        }
        Set<String> keyIds = new HashSet<>();
        config.ikev2Keys().forEach(k -> keyIds.add(k.id()));
        for (Interface i : config.interfaces().values()) {
            Statement peerLine = i.member("interface.ikev2-peer");
            if (peerLine == null) {
                continue;
            }
            Word idWord = idWord(peerLine);
            String id = idWord == null ? null : idWord.text();
            if (id == null || gaps.mayMention(id) || keyIds.contains(id)) {
                continue;
            }
            findings.report(idWord.range(), Messages.text("IX201.noIkev2Key", "name", i.name(), "id", id));
        }
    }

    /** The word that identifies an IKEv2 peer: its id, or without one, the peer's own address. */
    private static Word idWord(Statement peerLine) {
        for (String arg : ID_ARGS) {
            Word w = peerLine.argWord(arg);
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    private static dev.ixls.syntax.Range peerRange(Statement s) {
        Word w = s.argWord("peer");
        return w != null ? w.range() : s.range();
    }
}
