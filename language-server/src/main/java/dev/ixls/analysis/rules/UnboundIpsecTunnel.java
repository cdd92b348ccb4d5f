package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/**
 * IX202: IPsec and tunnel interfaces that are not wired together: a map no tunnel interface
 * uses, a {@code tunnel mode ipsec} interface without {@code ipsec policy tunnel}, a
 * {@code tunnel mode ipsec-ikev2} interface without {@code ikev2 peer}.
 */
public final class UnboundIpsecTunnel extends Rule {

    public UnboundIpsecTunnel() {
        super(RuleCode.IX202, Severity.ERROR,
                LocalizedText.of("IPsec not bound to a tunnel interface", "IPsec がトンネルインタフェースに割り当てられていません"),
                LocalizedText.of("On IX, traffic enters IPsec through a tunnel interface. A map no interface uses, or a tunnel interface with no map or IKEv2 peer, carries nothing.",
                        "IX では通信はトンネルインタフェースを通って IPsec に入ります。どのインタフェースも使わないマップや、マップも IKEv2 ピアもないトンネルインタフェースは何も運びません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        Set<String> bound = new HashSet<>();
        for (Interface i : config.interfaces().values()) {
            bound.add(i.ipsecMap());
            Statement transport = i.member("interface.ipsec-policy-transport"); // L2TP/IPsec binds in transport mode
            if (transport != null) {
                bound.add(transport.arg("map"));
            }
        }
        for (IpsecMap m : config.ipsecMaps().values()) {
            if (bound.contains(m.name()) || gaps.mayMention(m.name())) {
                continue;
            }
            Word name = m.statement().argWord("name");
            findings.report(name != null ? name.range() : m.statement().range(), LocalizedText.of(
                    "IPsec map `" + m.name() + "` is bound to no tunnel interface, so no traffic uses it. Add `ipsec policy tunnel "
                            + m.name() + " df-bit ignore pre-fragment out` to the tunnel interface for peer " + m.peer() + ".",
                    "IPsec マップ `" + m.name() + "` はどのトンネルインタフェースにも割り当てられておらず、使われません。ピア " + m.peer()
                            + " 用のトンネルインタフェースに `ipsec policy tunnel " + m.name() + " df-bit ignore pre-fragment out` を追加してください。"));
        }
        for (Interface i : config.interfaces().values()) {
            // The model's fields answer first; only a tunnel that looks unbound has its lines read.
            if (i.tunnelMode() == null) {
                continue;
            }
            boolean unboundIpsec = i.tunnelMode().equals("ipsec") && i.ipsecMap() == null
                    && i.member("interface.ipsec-policy") == null;
            boolean unboundIkev2 = i.tunnelMode().equals("ipsec-ikev2") && i.ikev2Peer() == null
                    && i.member("interface.ikev2-peer") == null && i.member("interface.ikev2-peer-fqdn") == null;
            if (!unboundIpsec && !unboundIkev2) {
                continue;
            }
            Statement mode = i.member("interface.tunnel-mode");
            if (mode == null) {
                continue;
            }
            if (unboundIpsec) {
                findings.report(mode.range(), LocalizedText.of(
                        "`" + i.name() + "` is an IPsec tunnel (`tunnel mode ipsec`) but has no `ipsec policy tunnel MAP` line: "
                                + "it is bound to no peer. Add `ipsec policy tunnel MAP df-bit ignore pre-fragment out`.",
                        "`" + i.name() + "` は IPsec トンネル（`tunnel mode ipsec`）ですが `ipsec policy tunnel MAP` の行がなく、"
                                + "どのピアにも結び付いていません。`ipsec policy tunnel MAP df-bit ignore pre-fragment out` を追加してください。"));
            } else {
                findings.report(mode.range(), LocalizedText.of(
                        "`" + i.name() + "` is an IKEv2 tunnel (`tunnel mode ipsec-ikev2`) but has no `ikev2 peer` line: it "
                                + "connects to nobody. Add `ikev2 peer ADDRESS authentication psk id ipv4 ADDRESS`.",
                        "`" + i.name() + "` は IKEv2 トンネル（`tunnel mode ipsec-ikev2`）ですが `ikev2 peer` の行がなく、"
                                + "接続先がありません。`ikev2 peer ADDRESS authentication psk id ipv4 ADDRESS` を追加してください。"));
            }
        }
    }
}
