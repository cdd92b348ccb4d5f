package dev.ixls.convert;

import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;

/**
 * Choices the AWS sample does not make for us.
 *
 * @param outsideInterface the interface that faces the Internet (IKEv2 uses it; NAPT notes name it)
 * @param firstTunnel the number of the first tunnel interface: 0 gives {@code Tunnel0.0}, {@code Tunnel1.0}
 * @param advertise networks to advertise to AWS over BGP
 * @param staticRoutes the VPC CIDRs to route into the tunnels when the sample uses static routing
 * @param namePrefix prepended to every object name, to keep a second VPN's objects apart
 * @param originateDefault advertise a default route to AWS, as the AWS sample does
 * @param localAsn this router's BGP AS when the sample shows a placeholder ({@code YOUR_BGP_ASN});
 *                 null to take the sample's
 * @param natTraversal this router sits behind NAT (its outside address is not the customer
 *                     gateway's): write NAT traversal
 * @param unnumbered the interface whose address tunnels without inside addresses borrow (a
 *                   policy-based sample states none), normally the LAN side
 */
public record ConversionOptions(IkeVersion ikeVersion, String outsideInterface, int firstTunnel,
        List<Ipv4Prefix> advertise, List<Ipv4Prefix> staticRoutes, String namePrefix, boolean originateDefault,
        Long localAsn, boolean natTraversal, String unnumbered) {

    public static ConversionOptions defaults() {
        return new ConversionOptions(IkeVersion.V1, "GigaEthernet0.0", 0, List.of(), List.of(), "", true, null, false,
                "GigaEthernet1.0");
    }

    public ConversionOptions withIkeVersion(IkeVersion v) {
        return new ConversionOptions(v, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withAdvertise(List<Ipv4Prefix> networks) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, List.copyOf(networks), staticRoutes,
                namePrefix, originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withStaticRoutes(List<Ipv4Prefix> routes) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, List.copyOf(routes),
                namePrefix, originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withOutsideInterface(String name) {
        return new ConversionOptions(ikeVersion, name, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withFirstTunnel(int n) {
        return new ConversionOptions(ikeVersion, outsideInterface, n, advertise, staticRoutes, namePrefix,
                originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withNamePrefix(String prefix) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, prefix,
                originateDefault, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withOriginateDefault(boolean on) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                on, localAsn, natTraversal, unnumbered);
    }

    public ConversionOptions withLocalAsn(Long asn) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault, asn, natTraversal, unnumbered);
    }

    public ConversionOptions withNatTraversal(boolean on) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault, localAsn, on, unnumbered);
    }

    public ConversionOptions withUnnumbered(String name) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault, localAsn, natTraversal, name);
    }
}
