package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
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
        super(RuleCode.IX201, Severity.ERROR,
                LocalizedText.of("IKE peer and IPsec map do not pair up", "IKE ピアと IPsec マップが対応していません"),
                LocalizedText.of("IKE and IPsec find each other by peer address. A peer that only one side names gets no working tunnel: no keys, or keys for nothing.",
                        "IKE と IPsec はピアアドレスで対応付きます。片方にしかないピアでは、鍵が作られないか、作られても何も運ばないトンネルになります。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        boolean mapForAnyPeer = config.ipsecMapForPeer("any").isPresent();
        for (IkePolicy p : config.ikePolicies().values()) {
            // The pair is the common case: looked for before the unread words.
            if (mapForAnyPeer || p.peer().equals("any") || config.ipsecMapForPeer(p.peer()).isPresent()
                    || gaps.mayMention(p.peer())) {
                continue;
            }
            findings.report(peerRange(p.statement()), LocalizedText.of(
                    "IKE policy `" + p.name() + "` is for peer " + p.peer() + ", but no `ipsec autokey-map` names that peer: "
                            + "phase 1 would come up and carry no traffic. Add `ipsec autokey-map MAP ACL peer " + p.peer()
                            + " PROPOSAL` and bind it to a tunnel interface with `ipsec policy tunnel MAP`.",
                    "IKE ポリシー `" + p.name() + "` のピアは " + p.peer() + " ですが、このピアを指定した `ipsec autokey-map` がありません。"
                            + "フェーズ 1 は確立しても何も運びません。`ipsec autokey-map MAP ACL peer " + p.peer()
                            + " PROPOSAL` を追加し、トンネルインタフェースで `ipsec policy tunnel MAP` として割り当ててください。"));
        }
        boolean policyForAnyPeer = config.ikePolicyForPeer("any").isPresent();
        for (IpsecMap m : config.ipsecMaps().values()) {
            if (policyForAnyPeer || m.peer().equals("any") || config.ikePolicyForPeer(m.peer()).isPresent()
                    || config.ikev2KeyFor(m.peer()).isPresent() || gaps.mayMention(m.peer())) {
                continue;
            }
            findings.report(peerRange(m.statement()), LocalizedText.of(
                    "IPsec map `" + m.name() + "` is for peer " + m.peer() + ", but no `ike policy` has that peer: "
                            + "no keys are ever negotiated for it. Add `ike policy NAME peer " + m.peer() + " key KEY PROPOSAL`.",
                    "IPsec マップ `" + m.name() + "` のピアは " + m.peer() + " ですが、このピアの `ike policy` がありません。"
                            + "鍵交換が行われません。`ike policy NAME peer " + m.peer() + " key KEY PROPOSAL` を追加してください。"));
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
            findings.report(idWord.range(), LocalizedText.of(
                    "`" + i.name() + "` authenticates its IKEv2 peer with a pre-shared key for id " + id
                            + ", but no `ikev2 authentication psk id ... " + id + " key char KEY` line gives that key.",
                    "`" + i.name() + "` は IKEv2 ピアを ID " + id + " の事前共有鍵で認証しますが、その鍵を与える `ikev2 authentication psk id ... "
                            + id + " key char KEY` の行がありません。"));
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
