package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.Routing;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IxConfig;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.transcript.AdvertisedRoutes;
import dev.ixls.transcript.BgpSummary;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.IkeSaBrief;
import dev.ixls.transcript.Ikev2Mention;
import dev.ixls.transcript.InterfaceState;
import dev.ixls.transcript.IpsecSa;
import dev.ixls.transcript.IpsecSaBrief;
import dev.ixls.transcript.LogEvent;
import dev.ixls.transcript.PingResult;
import dev.ixls.transcript.ShowTranscript;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything known about one tunnel, gathered once: the AWS sample's view, the config's pieces
 * for the peer, and the transcript's lines about it (matched by peer address, then by the
 * config's policy, map and interface names, then by the AWS inside address).
 */
final class TunnelFacts {

    final int number;
    final String peer;
    final LinkedSample sample;
    final AwsTunnel tunnel;
    final TunnelComparison comparison;
    final IxConfig config;
    final IkePolicy policy;
    final IpsecMap map;
    final Interface tunnelInterface;
    final String awsInside;
    final BgpNeighbor neighbor;
    final boolean bgp;

    final List<IkeSa> ikeSas = new ArrayList<>();
    final List<IkeSaBrief> ikeBrief = new ArrayList<>();
    final List<Ikev2Mention> ikev2 = new ArrayList<>();
    final List<IpsecSa> ipsecSas = new ArrayList<>();
    final List<IpsecSaBrief> ipsecBrief = new ArrayList<>();
    final List<LogEvent> events = new ArrayList<>();
    final List<PingResult> pings = new ArrayList<>();
    BgpSummary summary;
    BgpSummary.Peer bgpPeer;
    InterfaceState interfaceState;
    AdvertisedRoutes advertised;

    TunnelFacts(int number, String peer, LinkedSample sample, AwsTunnel tunnel, TunnelComparison comparison,
            IxConfig config) {
        this.number = number;
        this.peer = peer;
        this.sample = sample;
        this.tunnel = tunnel;
        this.comparison = comparison;
        this.config = config;
        this.policy = config == null ? null
                : config.ikePolicyForPeer(peer).or(() -> config.ikePolicyForPeer("any")).orElse(null);
        this.map = config == null ? null
                : config.ipsecMapForPeer(peer).or(() -> config.ipsecMapForPeer("any")).orElse(null);
        this.tunnelInterface = comparison != null ? comparison.tunnelInterface()
                : config == null ? null : config.tunnelsToPeer(peer).stream().findFirst().orElse(null);
        this.awsInside = tunnel != null && tunnel.awsInsideAddress() != null ? tunnel.awsInsideAddress()
                : otherEnd(tunnelInterface);
        this.neighbor = neighborOf(comparison, config, awsInside);
        this.bgp = tunnel != null ? tunnel.awsAsn() != null && sample.sample().routing() == Routing.BGP
                : neighbor != null;
    }

    /** AWS's end of a tunnel interface's /30, when the interface has the customer's end. */
    private static String otherEnd(Interface i) {
        if (i == null || i.address() == null || i.address().length() != 30) {
            return null;
        }
        Ipv4Prefix net = i.address().subnet();
        Ipv4Address own = i.address().address();
        Ipv4Address first = net.firstUsable();
        return (own.equals(first) ? net.lastUsable() : first).toString();
    }

    private static BgpNeighbor neighborOf(TunnelComparison c, IxConfig config, String awsInside) {
        if (c != null) {
            return c.sessionNeighbor();
        }
        if (config == null || config.bgp() == null || awsInside == null) {
            return null;
        }
        return config.bgp().neighbors().stream().filter(n -> n.address().toString().equals(awsInside)).findFirst()
                .orElse(null);
    }

    /** Picks the transcript's lines about this tunnel. */
    void gather(ShowTranscript t) {
        String policyName = policy != null ? policy.name() : null;
        for (IkeSa sa : t.ikeSas()) {
            if (peer.equals(sa.remoteAddress()) || (policyName != null && policyName.equals(sa.policy())
                    && !isAddress(sa.remoteAddress()))) {
                ikeSas.add(sa);
            }
        }
        String briefPolicy = policyName != null ? policyName
                : ikeSas.stream().map(IkeSa::policy).filter(Objects::nonNull).findFirst().orElse(null);
        t.ikeBrief().stream().filter(b -> b.policy().equals(briefPolicy)).forEach(ikeBrief::add);
        t.ikev2().stream().filter(m -> m.address().equals(peer)).forEach(ikev2::add);
        String mapName = map != null ? map.name() : null;
        String ifName = tunnelInterface != null ? tunnelInterface.name() : null;
        for (IpsecSa sa : t.ipsecSas()) {
            if (peer.equals(sa.remoteAddress()) || (!isAddress(sa.remoteAddress())
                    && (Objects.equals(mapName, sa.mapName()) || Objects.equals(ifName, sa.interfaceName())))) {
                ipsecSas.add(sa);
            }
        }
        String briefMap = mapName != null ? mapName
                : ipsecSas.stream().map(IpsecSa::mapName).filter(Objects::nonNull).findFirst().orElse(null);
        t.ipsecBrief().stream().filter(b -> b.mapName().equals(briefMap)).forEach(ipsecBrief::add);
        Pattern mention = Pattern.compile("(?<![\\d.])" + Pattern.quote(peer) + "(?![\\d])");
        t.events().stream().filter(e -> mention.matcher(e.message()).find()).forEach(events::add);
        String ifaceName = ifName != null ? ifName
                : ipsecSas.stream().map(IpsecSa::interfaceName).findFirst().orElse(null);
        t.interfaces().stream().filter(i -> i.name().equals(ifaceName)).reduce((a, b) -> b)
                .ifPresent(i -> interfaceState = i);
        String bgpAddress = awsInside != null ? awsInside : neighbor != null ? neighbor.address().toString() : null;
        if (bgpAddress != null) {
            for (BgpSummary s : t.bgpSummaries()) {
                for (BgpSummary.Peer p : s.peers()) {
                    if (p.address().equals(bgpAddress) || (neighbor != null
                            && p.address().equals(neighbor.address().toString()))) {
                        summary = s;
                        bgpPeer = p;
                    }
                }
            }
            if (summary == null && !t.bgpSummaries().isEmpty()) {
                summary = t.bgpSummaries().get(t.bgpSummaries().size() - 1);
            }
            t.pings().stream().filter(p -> p.target().equals(bgpAddress)).forEach(pings::add);
            t.advertised().stream().filter(a -> bgpAddress.equals(a.neighbor())).reduce((a, b) -> b)
                    .ifPresent(a -> advertised = a);
        }
    }

    private static boolean isAddress(String text) {
        return text != null && Ipv4Address.parse(text).isPresent();
    }

    String interfaceName() {
        if (tunnelInterface != null) {
            return tunnelInterface.name();
        }
        return ipsecSas.isEmpty() ? null : ipsecSas.get(0).interfaceName();
    }

    String policyName() {
        if (policy != null) {
            return policy.name();
        }
        return ikeSas.stream().map(IkeSa::policy).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** Whether the tunnel runs IKEv1: the config's offer says so, else its tunnel mode (IKEv1 when unknown). */
    boolean ikev1() {
        if (comparison != null && comparison.offer().isPresent()) {
            return comparison.offer().get().version().equals("ikev1");
        }
        return tunnelInterface == null || !"ipsec-ikev2".equals(tunnelInterface.tunnelMode());
    }
}
