package dev.ixls.model;

import java.util.Collection;
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
 * @param ipv4Keys the first IKEv2 key per IPv4 id
 * @param keysById the first IKEv2 key per id of any type
 */
public record PeerIndex(Map<String, IkePolicy> policies, Map<String, IpsecMap> maps,
        Map<String, List<Interface>> tunnels, Map<String, Ikev2Key> ipv4Keys, Map<String, Ikev2Key> keysById) {

    static PeerIndex of(Collection<Interface> interfaces, Collection<IkePolicy> ikePolicies,
            Collection<IpsecMap> ipsecMaps, List<Ikev2Key> ikev2Keys) {
        Map<String, IkePolicy> policies = new HashMap<>(capacity(ikePolicies.size()));
        ikePolicies.forEach(p -> policies.putIfAbsent(p.peer(), p));
        Map<String, IpsecMap> maps = new HashMap<>(capacity(ipsecMaps.size()));
        ipsecMaps.forEach(m -> maps.putIfAbsent(m.peer(), m));
        Map<String, List<Interface>> tunnels = new HashMap<>(capacity(interfaces.size()));
        for (Interface i : interfaces) {
            if (i.peer() != null) {
                tunnels.compute(i.peer(), (peer, those) -> SmallLists.append(those, i));
            }
        }
        tunnels.replaceAll((peer, those) -> those.size() == 1 ? those : Collections.unmodifiableList(those));
        Map<String, Ikev2Key> ipv4Keys = new HashMap<>();
        Map<String, Ikev2Key> keysById = new HashMap<>();
        for (Ikev2Key k : ikev2Keys) {
            if ("ipv4".equals(k.idType())) {
                ipv4Keys.putIfAbsent(k.id(), k);
            }
            keysById.putIfAbsent(k.id(), k);
        }
        // Read-only views, not copies: these maps hold an entry per site of a large config.
        return new PeerIndex(Collections.unmodifiableMap(policies), Collections.unmodifiableMap(maps),
                Collections.unmodifiableMap(tunnels), Collections.unmodifiableMap(ipv4Keys),
                Collections.unmodifiableMap(keysById));
    }

    /** The IKE peer a tunnel interface leads to, or null. */
    static String peerOf(String ikev2Peer, String ipsecMap, Map<String, IpsecMap> ipsecMaps) {
        if (ikev2Peer != null) {
            return ikev2Peer;
        }
        if (ipsecMap != null) {
            IpsecMap map = ipsecMaps.get(ipsecMap);
            return map == null ? null : map.peer();
        }
        return null;
    }

    /** A hash map capacity that holds {@code n} entries without growing. */
    static int capacity(int n) {
        return (int) Math.ceil(n / 0.75);
    }
}
