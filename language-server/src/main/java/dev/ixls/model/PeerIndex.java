package dev.ixls.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The config's structures by IKE peer address, built once with the config: rules ask per peer,
 * and scanning every policy, map and interface each time made large configs quadratic.
 *
 * @param policies the first IKE policy per peer, in file order
 * @param maps the first IPsec map per peer, in file order
 * @param tunnels the interfaces leading to each peer, in file order
 */
public record PeerIndex(Map<String, IkePolicy> policies, Map<String, IpsecMap> maps,
        Map<String, List<Interface>> tunnels) {

    static PeerIndex of(Map<String, Interface> interfaces, Map<String, IkePolicy> ikePolicies,
            Map<String, IpsecMap> ipsecMaps) {
        Map<String, IkePolicy> policies = new HashMap<>();
        ikePolicies.values().forEach(p -> policies.putIfAbsent(p.peer(), p));
        Map<String, IpsecMap> maps = new HashMap<>();
        ipsecMaps.values().forEach(m -> maps.putIfAbsent(m.peer(), m));
        Map<String, List<Interface>> tunnels = new HashMap<>();
        for (Interface i : interfaces.values()) {
            String peer = peerOf(i, ipsecMaps);
            if (peer != null) {
                tunnels.computeIfAbsent(peer, k -> new ArrayList<>()).add(i);
            }
        }
        tunnels.replaceAll((k, v) -> Collections.unmodifiableList(v));
        // Read-only views, not copies: these maps hold an entry per site of a large config.
        return new PeerIndex(Collections.unmodifiableMap(policies), Collections.unmodifiableMap(maps),
                Collections.unmodifiableMap(tunnels));
    }

    /** The IKE peer a tunnel interface leads to, or null. */
    static String peerOf(Interface i, Map<String, IpsecMap> ipsecMaps) {
        if (i.ikev2Peer() != null) {
            return i.ikev2Peer();
        }
        if (i.ipsecMap() != null) {
            IpsecMap map = ipsecMaps.get(i.ipsecMap());
            return map == null ? null : map.peer();
        }
        return null;
    }
}
