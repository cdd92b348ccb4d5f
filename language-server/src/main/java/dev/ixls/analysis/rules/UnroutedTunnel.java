package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.SubnetIndex;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.StaticRoute;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * IX406: a tunnel interface to AWS that neither a BGP neighbor nor a static route uses: the
 * tunnel can come up and still carry nothing.
 */
public final class UnroutedTunnel extends Rule {

    public UnroutedTunnel() {
        super(RuleCode.IX406, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        // Interfaces that something routes through: a BGP neighbor or a gateway in their subnet, or a route by name.
        SubnetIndex<Interface> subnets = context.connectedSubnets();
        Set<String> used = new HashSet<>();
        Consumer<Interface> use = i -> used.add(i.name());
        if (config.bgp() != null) {
            for (BgpNeighbor n : config.bgp().neighbors()) {
                subnets.forEachContaining(n.address(), use);
            }
        }
        for (StaticRoute r : config.staticRoutes()) {
            if (r.interfaceName() != null) {
                used.add(r.interfaceName());
            }
            if (r.gateway() != null) {
                subnets.forEachContaining(r.gateway(), use);
            }
        }
        for (Interface i : context.awsTunnels()) {
            if (!i.isIpsecTunnel() || i.shutdown() || used.contains(i.name()) || gaps.mayMention(i.name())) {
                continue;
            }
            findings.report(i.opener().range(), Messages.text("IX406.unrouted", "name", i.name()));
        }
    }
}
