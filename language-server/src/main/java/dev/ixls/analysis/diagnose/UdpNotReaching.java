package dev.ixls.analysis.diagnose;

import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.parse.Statement;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.LogEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IX701: IKE does not get through between AWS and the router: the router's filter drops UDP 500
 * or 4500 from the peer ({@code FLT.008 BLOCK udp PEER:500 > ...}), or phase 1 sees only
 * timeouts ({@code IKE.016 No response from PEER, timeout}, {@code #ph1 timeout}/{@code resend}
 * without a success): the outside address, NAPT or a filter on the way.
 */
final class UdpNotReaching {

    private UdpNotReaching() {
    }

    private static final Pattern BLOCK = Pattern.compile(
            "^BLOCK udp (\\S+?):(\\d+) > (\\S+?):(500|4500)\\b.*?,\\s*(\\S+) in\\s*$");

    static Verdict find(TunnelFacts f, Citations c) {
        List<LogEvent> blocked = new ArrayList<>();
        List<LogEvent> noResponse = new ArrayList<>();
        String blockedOn = null;
        String port = null;
        for (LogEvent e : f.events) {
            Matcher m = BLOCK.matcher(e.message());
            if (m.find() && m.group(1).equals(f.peer)) {
                blocked.add(e);
                blockedOn = m.group(5);
                port = m.group(4);
            } else if (e.message().startsWith("No response from " + f.peer) && e.message().contains("timeout")) {
                noResponse.add(e);
            }
        }
        IkeSa timedOut = f.ikeSas.stream().filter(s -> !s.isEstablished() && s.counter("ph1 success") == 0
                && (s.counter("ph1 timeout") > 0 || s.counter("ph1 resend") > 0)).findFirst().orElse(null);
        if (blocked.isEmpty() && noResponse.isEmpty() && timedOut == null) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.DOWN, Cause.UDP_NOT_REACHING);
        List<LocalizedText> why = new ArrayList<>();
        if (!blocked.isEmpty()) {
            why.add(Messages.text("IX701.blocked", "interface", blockedOn, "port", port, "peer", f.peer));
            blocked.forEach(e -> v.add(c.transcript(e.line(), Messages.text("IX701.blockedLine"))));
            v.fix = Messages.text("IX701.fixFilter", "peer", f.peer, "interface", blockedOn);
            Interface on = f.config == null ? null : f.config.interfaces().get(blockedOn);
            Statement filter = on == null ? null : on.member("interface.ip-filter");
            v.add(filter == null ? null : c.config(filter, Messages.text("IX701.filterLine", "interface", blockedOn)));
        }
        if (!noResponse.isEmpty()) {
            why.add(Messages.text("IX701.noResponse", "peer", f.peer));
            noResponse.forEach(e -> v.add(c.transcript(e.line(), Messages.text("IX701.noResponseLine"))));
        }
        if (timedOut != null) {
            why.add(Messages.text("IX701.timeouts", "timeouts", timedOut.counter("ph1 timeout"), "resends",
                    timedOut.counter("ph1 resend")));
            v.add(c.transcript(timedOut.line("ph1 timeout"), Messages.text("IX701.timeoutLine")));
        }
        String cgw = f.tunnel == null ? null : f.tunnel.customerOutsideAddress();
        if (v.fix == null) {
            v.fix = cgw != null ? Messages.text("IX701.fixPath", "cgw", cgw) : Messages.text("IX701.fixPathNoSample");
        }
        if (cgw != null && f.config != null && f.config.interfaces().values().stream()
                .noneMatch(i -> i.address() != null && i.address().address().toString().equals(cgw))) {
            v.notes.add(Messages.text("IX701.behindNat", "cgw", cgw));
            v.add(c.sample(f.sample, f.tunnel, SampleField.CUSTOMER_OUTSIDE_ADDRESS, Messages.text("IX701.cgwLine")));
        }
        v.message = Messages.text("IX701.message", "tunnel", Names.tunnel(f), "reasons", Names.clauses(why));
        if (f.policy != null) {
            v.add(c.config(f.policy.statement(), Messages.text("diagnose.evidence.policyLine")));
        }
        return v;
    }
}
