package dev.ixls.model;

import dev.ixls.parse.ParsedConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The meaning of an IX config: its structures by kind, each pointing back to its source lines.
 * Maps keep file order; when a name is defined twice the first definition is kept here (the
 * symbol table has them all).
 *
 * @param tunnelInterfaces the interfaces named {@code Tunnel...}, in file order (rules walk them often)
 * @param failures the parts the builder could not read because ixls failed on them (empty but for bugs)
 */
public record IxConfig(ParsedConfig parsed, SymbolTable symbols, Map<String, Interface> interfaces,
        Map<String, IkeProposal> ikeProposals, Map<String, IkePolicy> ikePolicies, List<IkeKeepalive> ikeKeepalives,
        Map<String, IpsecProposal> ipsecProposals, Map<String, IpsecMap> ipsecMaps, List<Ikev2Key> ikev2Keys,
        Map<String, Ikev2Profile> ikev2Profiles, List<StaticRoute> staticRoutes, RouterBgp bgp,
        List<NatTraversal> natTraversals, List<IkeIdentity> ikeIdentities, Map<String, NamedEntries> accessLists,
        Map<String, NamedEntries> prefixLists, Map<String, NamedEntries> routeMaps, PeerIndex peers,
        List<Interface> tunnelInterfaces, List<ModelFailure> failures) {

    public Optional<RouterBgp> routerBgp() {
        return Optional.ofNullable(bgp);
    }

    public Optional<IkePolicy> ikePolicyForPeer(String peer) {
        return Optional.ofNullable(peers.policies().get(peer));
    }

    public Optional<IpsecMap> ipsecMapForPeer(String peer) {
        return Optional.ofNullable(peers.maps().get(peer));
    }

    /** The first {@code ikev2 authentication} line for an IPv4 id. */
    public Optional<Ikev2Key> ikev2KeyFor(String ipv4) {
        return Optional.ofNullable(peers.ipv4Keys().get(ipv4));
    }

    /** The first {@code ikev2 authentication} line for an id of any type (address, key id, FQDN). */
    public Optional<Ikev2Key> ikev2KeyWithId(String id) {
        return Optional.ofNullable(peers.keysById().get(id));
    }

    /** The interfaces that carry the tunnel to a peer, through an IPsec map or an IKEv2 peer line. */
    public List<Interface> tunnelsToPeer(String peer) {
        return peers.tunnels().getOrDefault(peer, List.of());
    }

    /** The IKE peer a tunnel interface leads to, or null. */
    public String peerOf(Interface i) {
        return i.peer();
    }
}
