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
 */
public record ConversionOptions(IkeVersion ikeVersion, String outsideInterface, int firstTunnel,
        List<Ipv4Prefix> advertise, List<Ipv4Prefix> staticRoutes, String namePrefix, boolean originateDefault) {

    public static ConversionOptions defaults() {
        return new ConversionOptions(IkeVersion.V1, "GigaEthernet0.0", 0, List.of(), List.of(), "", true);
    }

    public ConversionOptions withIkeVersion(IkeVersion v) {
        return new ConversionOptions(v, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault);
    }

    public ConversionOptions withAdvertise(List<Ipv4Prefix> networks) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, List.copyOf(networks), staticRoutes,
                namePrefix, originateDefault);
    }

    public ConversionOptions withStaticRoutes(List<Ipv4Prefix> routes) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, List.copyOf(routes),
                namePrefix, originateDefault);
    }

    public ConversionOptions withOutsideInterface(String name) {
        return new ConversionOptions(ikeVersion, name, firstTunnel, advertise, staticRoutes, namePrefix,
                originateDefault);
    }

    public ConversionOptions withFirstTunnel(int n) {
        return new ConversionOptions(ikeVersion, outsideInterface, n, advertise, staticRoutes, namePrefix,
                originateDefault);
    }

    public ConversionOptions withNamePrefix(String prefix) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, prefix,
                originateDefault);
    }

    public ConversionOptions withOriginateDefault(boolean on) {
        return new ConversionOptions(ikeVersion, outsideInterface, firstTunnel, advertise, staticRoutes, namePrefix,
                on);
    }
}
