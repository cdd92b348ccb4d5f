package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.SubnetIndex;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.TreeMap;

/** IX304: two interfaces whose subnets overlap. */
public final class OverlappingSubnets extends Rule {

    public OverlappingSubnets() {
        super("IX304", Severity.ERROR,
                LocalizedText.of("Overlapping interface subnets", "インタフェースのサブネットが重複"),
                LocalizedText.of("With two interfaces in one subnet the router cannot tell which one reaches an address; typically a tunnel's /30 was copied to the other tunnel.",
                        "同じサブネットに 2 つのインタフェースがあると、どちらからアドレスに届くか決まりません。多くはトンネルの /30 をもう一方にコピーしたままの状態です。"));
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
        findings.report(i.addressWord().range(), LocalizedText.of(
                "`" + i.address() + "` on `" + i.name() + "` overlaps `" + earlier.address() + "` on `" + earlier.name()
                        + "`: each interface needs its own subnet. For AWS tunnels, each tunnel has its own inside /30.",
                "`" + i.name() + "` の `" + i.address() + "` は `" + earlier.name() + "` の `" + earlier.address()
                        + "` と重複しています。インタフェースごとに別のサブネットが必要です（AWS のトンネルはそれぞれ専用の内側 /30 を持ちます）。"))
                .related(new RelatedLocation(null, earlier.addressWord().range(),
                        LocalizedText.of("`" + earlier.name() + "`'s address", "`" + earlier.name() + "` のアドレス")));
    }

    private static long unsigned(Ipv4Address a) {
        return Integer.toUnsignedLong(a.bits());
    }
}
