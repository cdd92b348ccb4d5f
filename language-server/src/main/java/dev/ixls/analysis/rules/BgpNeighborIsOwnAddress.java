package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.HashMap;
import java.util.Map;

/** IX402: a BGP neighbor typed with this router's own interface address. */
public final class BgpNeighborIsOwnAddress extends Rule {

    public BgpNeighborIsOwnAddress() {
        super(RuleCode.IX402, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null) {
            return;
        }
        Map<Ipv4Address, Interface> own = new HashMap<>();
        context.config().interfaces().values().stream().filter(i -> i.address() != null)
                .forEach(i -> own.putIfAbsent(i.address().address(), i));
        for (BgpNeighbor n : bgp.neighbors()) {
            Interface i = own.get(n.address());
            if (i != null && neighborIsAwsAddress(context, n.address())) {
                continue; // the neighbor is right, the interface holds AWS's address: IX504 fixes that
            }
            if (i != null && interfaceTakesAwsSide(context, i)) {
                // No sample, but AWS always takes the first address of the /30: the neighbor is
                // right and the interface is what to change (IX305's fix, said once, here).
                Ipv4Prefix a = i.address();
                Ipv4Address ours = AwsLimits.customerSide(a.subnet());
                findings.report(n.firstStatement().argWord("address").range(), Messages.text("IX402.interfaceTakesAwsSide",
                        "address", n.address(), "name", i.name(), "ours", ours))
                        .fix(Fix.of(Messages.text("IX305.useOurs", "ours", ours),
                                Edits.replace(i.addressWord(), ours + "/" + a.length())))
                        .related(new RelatedLocation(null, i.addressWord().range(),
                                Messages.text("IX402.relatedInterface", "name", i.name())));
                continue;
            }
            if (i != null) {
                Ipv4Prefix a = i.address();
                var finding = findings.report(n.firstStatement().argWord("address").range(), a.length() == 30
                        ? Messages.text("IX402.ownAddressOf30", "address", n.address(), "name", i.name(),
                                "other", other(a))
                        : Messages.text("IX402.ownAddress", "address", n.address(), "name", i.name()));
                if (a.length() == 30) {
                    String other = other(a).toString();
                    finding.fix(new Fix(Messages.text("fix.changeNeighbor", "address", other),
                            n.statements().stream().map(s -> Edits.replace(s.argWord("address"), other)).toList()));
                }
                AwsTunnels.byInsideAddress(context, n.address()).ifPresent(st -> finding.related(AwsTunnels.sampleLine(st,
                        SampleField.INSIDE_ADDRESSES, Messages.text("related.sampleAwsInsideAddress"))));
            }
        }
    }

    /** With a sample: the address is AWS's inside address of one of its tunnels. */
    private static boolean neighborIsAwsAddress(AnalysisContext context, Ipv4Address address) {
        return AwsTunnels.byInsideAddress(context, address)
                .filter(st -> address.toString().equals(st.tunnel().awsInsideAddress())).isPresent();
    }

    /**
     * Without a sample: an interface of a tunnel to AWS holding the first address of its /30, which
     * AWS always takes (IX305's case).
     */
    static boolean interfaceTakesAwsSide(AnalysisContext context, Interface i) {
        Ipv4Prefix a = i.address();
        return !context.hasSamples() && a != null && i.isIpsecTunnel() && a.length() == AwsLimits.INSIDE_LENGTH
                && AwsLimits.INSIDE_RANGE.contains(a.address()) && a.address().equals(AwsLimits.awsSide(a.subnet()))
                && i.addressWord() != null && context.awsTunnels().contains(i);
    }

    /** The other usable address of a /30. */
    private static Ipv4Address other(Ipv4Prefix a) {
        Ipv4Prefix net = a.subnet();
        return a.address().equals(net.firstUsable()) ? net.lastUsable() : net.firstUsable();
    }
}
