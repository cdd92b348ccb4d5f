package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Ikev2Key;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * IX201: one half of an IPsec peer without the other. An IKE policy whose peer no IPsec map
 * names brings up phase 1 and carries nothing; a map whose peer has no IKE policy or IKEv2 key
 * never gets keys; an IKEv2 tunnel whose peer id has no {@code ikev2 authentication psk} key
 * cannot authenticate.
 */
public final class UnpairedIpsecPeer extends Rule {

    public UnpairedIpsecPeer() {
        super("IX201", Severity.ERROR,
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
        for (IkePolicy p : config.ikePolicies().values()) {
            if (p.peer().equals("any") || gaps.mayMention(p.peer()) || config.ipsecMapForPeer(p.peer()).isPresent()
                    || config.ipsecMapForPeer("any").isPresent()) {
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
        for (IpsecMap m : config.ipsecMaps().values()) {
            if (m.peer().equals("any") || gaps.mayMention(m.peer()) || config.ikePolicyForPeer(m.peer()).isPresent()
                    || config.ikePolicyForPeer("any").isPresent() || config.ikev2KeyFor(m.peer()).isPresent()) {
                continue;
            }
            findings.report(peerRange(m.statement()), LocalizedText.of(
                    "IPsec map `" + m.name() + "` is for peer " + m.peer() + ", but no `ike policy` has that peer: "
                            + "no keys are ever negotiated for it. Add `ike policy NAME peer " + m.peer() + " key KEY PROPOSAL`.",
                    "IPsec マップ `" + m.name() + "` のピアは " + m.peer() + " ですが、このピアの `ike policy` がありません。"
                            + "鍵交換が行われません。`ike policy NAME peer " + m.peer() + " key KEY PROPOSAL` を追加してください。"));
        }
        for (Interface i : config.interfaces().values()) {
            Statement peerLine = i.member("interface.ikev2-peer");
            if (peerLine == null) {
                continue;
            }
            // Without an id, the peer's own address identifies it.
            Word idWord = Stream.of("id", "id6", "keyid", "fqdn", "peer").map(peerLine::argWord).filter(Objects::nonNull)
                    .findFirst().orElse(null);
            String id = idWord == null ? null : idWord.text();
            if (id == null || gaps.mayMention(id) || config.ikev2Keys().stream().map(Ikev2Key::id).anyMatch(id::equals)) {
                continue;
            }
            findings.report(idWord.range(), LocalizedText.of(
                    "`" + i.name() + "` authenticates its IKEv2 peer with a pre-shared key for id " + id
                            + ", but no `ikev2 authentication psk id ... " + id + " key char KEY` line gives that key.",
                    "`" + i.name() + "` は IKEv2 ピアを ID " + id + " の事前共有鍵で認証しますが、その鍵を与える `ikev2 authentication psk id ... "
                            + id + " key char KEY` の行がありません。"));
        }
    }

    private static dev.ixls.syntax.Range peerRange(Statement s) {
        Word w = s.argWord("peer");
        return w != null ? w.range() : s.range();
    }
}
