package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.Messages;
import dev.ixls.parse.Statement;
import dev.ixls.transcript.InterfaceState;

/** IX705: the tunnel interface is administratively down: nothing runs over it until {@code no shutdown}. */
final class TunnelShutDown {

    private TunnelShutDown() {
    }

    static Verdict find(TunnelFacts f, Citations c) {
        InterfaceState s = f.interfaceState;
        if (s == null || !s.isAdministrativelyDown()) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.DOWN, Cause.TUNNEL_SHUT_DOWN);
        v.message = Messages.text("IX705.message", "tunnel", Names.tunnel(f), "interface", s.name());
        v.fix = Messages.text("IX705.fix", "interface", s.name());
        v.add(c.transcript(s.line(), Messages.text("IX705.evidence")));
        if (f.tunnelInterface != null) {
            Statement shutdown = f.tunnelInterface.member("interface.shutdown");
            v.add(shutdown == null ? null : c.config(shutdown, Messages.text("IX705.configLine")));
        }
        return v;
    }
}
