package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.SubnetIndex;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.TreeMap;

/** IX304: two interfaces whose subnets overlap. */
public final class OverlappingSubnets extends Rule {

    public OverlappingSubnets() {
        super(RuleCode.IX304, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // Two subnets overlap when one holds the other's network address: look both ways among
        // the earlier interfaces, by containment and by network address order.
        SubnetIndex<Interface> earlierSubnets = new SubnetIndex<>();
        TreeMap<Long, Interface> earlierNetworks = new TreeMap<>();
        for (Interface i : context.config().interfaces().values()) {
            // A /32 is a host address (a loopback, a router id), not a connected subnet.
            if (i.address() == null || i.address().length() == 32) {
                continue;
            }
            Ipv4Prefix subnet = i.address().subnet();
            Interface earlier = earlierSubnets.first(subnet.network());
            if (earlier == null) {
                var inside = earlierNetworks.subMap(unsigned(subnet.network()), true, unsigned(subnet.broadcast()), true);
                earlier = inside.isEmpty() ? null : inside.firstEntry().getValue();
            }
            if (earlier != null) {
                report(findings, i, earlier);
            }
            earlierSubnets.add(subnet, i);
            earlierNetworks.putIfAbsent(unsigned(subnet.network()), i);
        }
    }

    private static void report(Findings findings, Interface i, Interface earlier) {
        findings.report(i.addressWord().range(), Messages.text("IX304.overlaps",
                "address", i.address(), "name", i.name(), "otherAddress", earlier.address(),
                "otherName", earlier.name()))
                .related(new RelatedLocation(null, earlier.addressWord().range(),
                        Messages.text("IX304.related", "name", earlier.name())));
    }

    private static long unsigned(Ipv4Address a) {
        return Integer.toUnsignedLong(a.bits());
    }
}
