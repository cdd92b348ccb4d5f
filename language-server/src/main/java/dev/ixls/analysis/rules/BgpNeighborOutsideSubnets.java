package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.SubnetIndex;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.RouterBgp;
import dev.ixls.parse.Statement;
import java.util.Set;

/**
 * IX401: an eBGP neighbor in no subnet of this router's interfaces: the session cannot come up.
 * iBGP neighbors, multihop and update-source sessions may be remote and are left alone; so are
 * neighbors outside 169.254.0.0/16 when an interface takes its address from DHCP or PPP.
 */
public final class BgpNeighborOutsideSubnets extends Rule {

    private static final Set<String> MULTIHOP = Set.of("ebgp-multihop", "update-source");

    public BgpNeighborOutsideSubnets() {
        super(RuleCode.IX401, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        ConfigGaps gaps = context.gaps();
        if (bgp == null || gaps.isFragment()) {
            return;
        }
        boolean dynamicAddresses = false;
        boolean malformedAddress = false;
        boolean anyUnnumbered = !context.statements().of("interface.ip-unnumbered").isEmpty();
        for (Interface i : context.config().interfaces().values()) {
            Statement address = i.member("interface.ip-address");
            if ((anyUnnumbered && i.member("interface.ip-unnumbered") != null)
                    || (address != null && address.arg("address") == null)) {
                dynamicAddresses = true;
            }
            if (i.address() == null && address != null && address.arg("address") != null) {
                malformedAddress = true; // its subnet is unknown; IX002 reports the address itself
            }
        }
        if (malformedAddress) {
            return;
        }
        SubnetIndex<Interface> connected = context.connectedSubnets();
        for (BgpNeighbor n : bgp.neighbors()) {
            // The usual answer first: a few hash look-ups, where the other tests read lines or format the address.
            if (connected.holds(n.address()) || (dynamicAddresses && !AwsLimits.INSIDE_RANGE.contains(n.address()))) {
                continue;
            }
            if ((n.remoteAs() != null && n.remoteAs() == bgp.asn()) || gaps.mayMention(n.address().toString())
                    || n.statements().stream().anyMatch(s -> s.is("bgp.neighbor.other") && MULTIHOP.contains(s.arg("setting")))) {
                continue;
            }
            findings.report(n.firstStatement().argWord("address").range(), Messages.text("IX401.outside",
                    "address", n.address()));
        }
    }
}
