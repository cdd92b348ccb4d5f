package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** IX203: two tunnel interfaces bound to the same IPsec map, or leading to the same peer. */
public final class SharedTunnelBinding extends Rule {

    public SharedTunnelBinding() {
        super(RuleCode.IX203, Severity.WARNING,
                LocalizedText.of("Two tunnel interfaces for one map or peer", "1 つのマップやピアに 2 つのトンネルインタフェース"),
                LocalizedText.of("Each tunnel needs its own map and peer. Two interfaces on one peer usually mean tunnel 2 was copied from tunnel 1 and not edited.",
                        "トンネルごとに専用のマップとピアが必要です。1 つのピアに 2 つのインタフェースがあるのは、トンネル 1 をコピーしてトンネル 2 を直し忘れた場合がほとんどです。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        Map<String, Interface> byMap = new LinkedHashMap<>();
        Map<String, Interface> byPeer = new LinkedHashMap<>();
        for (Interface i : context.tunnelInterfaces()) {
            if (i.ipsecMap() != null) {
                Interface first = byMap.putIfAbsent(i.ipsecMap(), i);
                if (first != null) {
                    report(findings, i, first, binding(i), LocalizedText.of(
                            "`" + i.name() + "` uses IPsec map `" + i.ipsecMap() + "`, which `" + first.name()
                                    + "` already uses: give each tunnel its own map (one per AWS tunnel, each with its own peer).",
                            "`" + i.name() + "` は `" + first.name() + "` と同じ IPsec マップ `" + i.ipsecMap()
                                    + "` を使っています。トンネルごとに専用のマップ（それぞれ別のピア）を割り当ててください。"));
                    continue; // the same map means the same peer: one finding is enough
                }
            }
            String peer = config.peerOf(i);
            if (peer == null || peer.equals("any")) {
                continue;
            }
            Interface first = byPeer.putIfAbsent(peer, i);
            if (first != null) {
                report(findings, i, first, binding(i), LocalizedText.of(
                        "`" + i.name() + "` leads to peer " + peer + ", as `" + first.name()
                                + "` does: the two tunnels of an AWS VPN go to two different AWS addresses. Check which peer this one should have.",
                        "`" + i.name() + "` は `" + first.name() + "` と同じピア " + peer
                                + " に向いています。AWS VPN の 2 本のトンネルは別々の AWS アドレスに向かいます。このトンネルのピアを確認してください。"));
            }
        }
    }

    private static void report(Findings findings, Interface later, Interface first, Statement at, LocalizedText message) {
        Statement firstBinding = binding(first);
        findings.report(at.range(), message).related(new RelatedLocation(null, firstBinding.range(),
                LocalizedText.of("`" + first.name() + "` is bound here", "`" + first.name() + "` の割り当て")));
    }

    /** The line that binds an interface to its peer. */
    private static Statement binding(Interface i) {
        Statement s = i.member("interface.ipsec-policy");
        if (s == null) {
            s = i.member("interface.ikev2-peer");
        }
        return s != null ? s : i.opener();
    }
}
