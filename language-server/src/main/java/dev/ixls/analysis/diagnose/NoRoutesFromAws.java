package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.Messages;
import dev.ixls.parse.Statement;
import dev.ixls.transcript.RouteTable;
import java.util.List;
import java.util.Set;

/**
 * IX707: BGP with AWS is ESTABLISHED, yet the routing table holds no BGP route learned over any
 * AWS tunnel. AWS then advertises nothing (a gateway not attached to the VPC, a transit gateway
 * route table without the VPC's propagation), or the router filters what it receives.
 */
final class NoRoutesFromAws {

    private NoRoutesFromAws() {
    }

    /**
     * @param awsNeighbors the AWS inside addresses of every tunnel (AWS may prefer another tunnel)
     * @param awsInterfaces the config's tunnel interfaces to AWS
     */
    static Verdict find(TunnelFacts f, Citations c, List<RouteTable> tables, Set<String> awsNeighbors,
            Set<String> awsInterfaces) {
        if (tables.isEmpty() || f.bgpPeer == null) {
            return null;
        }
        RouteTable table = tables.get(tables.size() - 1);
        boolean fromAws = table.routes().stream().anyMatch(r -> r.isBgp() && (awsNeighbors.contains(r.via())
                || (r.interfaceName() != null && awsInterfaces.contains(r.interfaceName()))));
        if (fromAws) {
            return null;
        }
        Verdict v = new Verdict(TunnelState.IMPAIRED, Cause.NO_ROUTES_FROM_AWS);
        String neighbor = f.bgpPeer.address();
        v.message = Messages.text("IX707.message", "tunnel", Names.tunnel(f), "neighbor", neighbor);
        v.fix = Messages.text("IX707.fix", "neighbor", neighbor);
        v.add(c.transcript(f.bgpPeer.line(), Messages.text("IX707.rowLine")));
        v.add(c.transcript(table.entries() != null ? table.entries() : table.header() != null ? table.header()
                : f.bgpPeer.line(), Messages.text("IX707.tableLine")));
        if (f.neighbor != null) {
            for (Statement s : f.neighbor.statements()) {
                boolean filter = s.is("bgp-af.neighbor.route-map") || s.is("bgp-af.neighbor.prefix-list")
                        || s.is("bgp-af.neighbor.distribute-list");
                if (filter && "in".equals(s.arg("direction"))) {
                    v.add(c.config(s, Messages.text("IX707.inboundFilter")));
                }
            }
        }
        return v;
    }
}
