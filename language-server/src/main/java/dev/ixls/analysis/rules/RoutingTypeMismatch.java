package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;
import java.util.Optional;

/**
 * IX511: the config routes the other way than the VPN was created: BGP neighbors on the tunnels
 * of a static VPN, or a dynamic (BGP) VPN with no BGP at all.
 */
public final class RoutingTypeMismatch extends Rule {

    public RoutingTypeMismatch() {
        super(RuleCode.IX511, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        if (context.gaps().isFragment()) {
            return;
        }
        RouterBgp bgp = config.bgp();
        for (LinkedSample s : context.samples()) {
            List<AwsTunnel> tunnels = s.sample().tunnels();
            String id = s.sample().connectionId();
            AwsTunnel first = tunnels.get(0);
            if (s.sample().routing() == Routing.STATIC) {
                Optional<BgpNeighbor> onTunnel = bgp == null ? Optional.empty() : bgp.neighbors().stream()
                        .filter(n -> tunnels.stream().anyMatch(t -> Ipv4Prefix.parse(t.insideCidr())
                                .map(p -> p.contains(n.address())).orElse(false)))
                        .findFirst();
                onTunnel.ifPresent(n -> findings.report(n.firstStatement().range(),
                        Messages.text("IX511.staticWithBgp", "id", id, "address", n.address()))
                        .related(AwsTunnels.sampleLine(s, first, SampleField.INSIDE_ADDRESSES,
                                Messages.text("IX511.relatedStatic"))));
            } else if (bgp == null) {
                Optional<Interface> tunnel = tunnels.stream()
                        .flatMap(t -> config.tunnelsToPeer(t.awsOutsideAddress()).stream()).findFirst();
                if (tunnel.isEmpty()) {
                    continue; // no tunnel of this VPN here at all: IX501 says so
                }
                // a sample may show a placeholder (YOUR_BGP_ASN) for the customer ASN
                String asn = first.customerAsn() != null ? String.valueOf(first.customerAsn()) : "<AS>";
                findings.report(tunnel.get().opener().range(), Messages.text("IX511.dynamicWithoutBgp", "id", id,
                        "customerAsn", asn))
                        .related(AwsTunnels.sampleLine(s, first, SampleField.CUSTOMER_ASN,
                                Messages.text("IX511.relatedBgp")));
            }
        }
    }
}
