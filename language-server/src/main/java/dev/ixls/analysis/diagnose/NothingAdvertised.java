package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * IX708: BGP is up and routes come from AWS, but the router sends none: the router's own
 * {@code advertised-routes} lists none, or (when that output is not in the transcript) its
 * {@code router bgp} has no {@code network}, {@code originate-default} or {@code redistribute}.
 */
final class NothingAdvertised {

    private NothingAdvertised() {
    }

    private static final List<Ipv4Prefix> PRIVATE = List.of(Ipv4Prefix.of("10.0.0.0/8"), Ipv4Prefix.of("172.16.0.0/12"),
            Ipv4Prefix.of("192.168.0.0/16"));

    static Verdict find(TunnelFacts f, Citations c) {
        if (f.bgpPeer == null) {
            return null;
        }
        RouterBgp bgp = f.config == null ? null : f.config.bgp();
        boolean shownEmpty = f.advertised != null && f.advertised.count() == 0;
        boolean configEmpty = f.advertised == null && bgp != null && bgp.networks().isEmpty() && !bgp.originatesDefault()
                && f.config.parsed().statements().stream().noneMatch(s -> s.is("bgp-af.redistribute") && !s.negated());
        if (!shownEmpty && !configEmpty) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.IMPAIRED, Cause.NOTHING_ADVERTISED);
        String neighbor = f.bgpPeer.address();
        v.message = shownEmpty
                ? Messages.text("IX708.messageShown", "tunnel", Names.tunnel(f), "neighbor", neighbor)
                : Messages.text("IX708.messageConfig", "tunnel", Names.tunnel(f), "asn", bgp.asn());
        List<String> lans = lans(f);
        v.fix = lans.isEmpty() ? Messages.text("IX708.fix")
                : Messages.text("IX708.fixWithPrefixes", "prefixes", String.join(", ", lans));
        if (shownEmpty) {
            v.add(c.transcript(f.advertised.totalLine() != null ? f.advertised.totalLine() : f.advertised.first(),
                    Messages.text("IX708.totalLine")));
        }
        v.add(c.transcript(f.bgpPeer.line(), Messages.text("IX707.rowLine")));
        if (bgp != null) {
            Statement line = bgp.statement();
            v.add(c.config(line, Messages.text("IX708.routerBgpLine")));
        }
        return v;
    }

    /** Private subnets of the config's interfaces other than tunnels: what a branch usually advertises. */
    private static List<String> lans(TunnelFacts f) {
        List<String> out = new ArrayList<>();
        if (f.config == null) {
            return out;
        }
        for (Interface i : f.config.interfaces().values()) {
            if (i.isTunnel() || i.address() == null) {
                continue;
            }
            Ipv4Prefix subnet = i.address().subnet();
            if (PRIVATE.stream().anyMatch(p -> p.contains(subnet.address())) && !out.contains(subnet.toString())) {
                out.add(subnet.toString());
            }
        }
        return out;
    }
}
