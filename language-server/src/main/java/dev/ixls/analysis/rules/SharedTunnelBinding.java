package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** IX203: two tunnel interfaces bound to the same IPsec map, or leading to the same peer. */
public final class SharedTunnelBinding extends Rule {

    public SharedTunnelBinding() {
        super(RuleCode.IX203, Severity.WARNING);
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
                    report(findings, i, first, binding(i), Messages.text("IX203.sameMap", "name", i.name(),
                            "map", i.ipsecMap(), "first", first.name()));
                    continue; // the same map means the same peer: one finding is enough
                }
            }
            String peer = config.peerOf(i);
            if (peer == null || peer.equals("any")) {
                continue;
            }
            Interface first = byPeer.putIfAbsent(peer, i);
            if (first != null) {
                report(findings, i, first, binding(i), Messages.text("IX203.samePeer", "name", i.name(), "peer", peer,
                        "first", first.name()));
            }
        }
    }

    private static void report(Findings findings, Interface later, Interface first, Statement at, LocalizedText message) {
        Statement firstBinding = binding(first);
        findings.report(at.range(), message).related(new RelatedLocation(null, firstBinding.range(),
                Messages.text("IX203.related", "name", first.name())));
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
