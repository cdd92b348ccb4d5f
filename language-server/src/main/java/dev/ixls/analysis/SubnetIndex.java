package dev.ixls.analysis;

import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which of many subnets hold an address: one hash look-up per distinct prefix length, so rules
 * that match every neighbor against every interface stay linear on configs with thousands of
 * tunnels.
 */
public final class SubnetIndex<T> {

    private final Map<Integer, Map<Integer, List<T>>> byLength = new TreeMap<>();

    public SubnetIndex<T> add(Ipv4Prefix subnet, T value) {
        byLength.computeIfAbsent(subnet.length(), k -> new HashMap<>())
                .computeIfAbsent(subnet.network().bits(), k -> new ArrayList<>()).add(value);
        return this;
    }

    /** Every value whose subnet holds the address, longest prefixes last. */
    public List<T> containing(Ipv4Address a) {
        List<T> out = new ArrayList<>();
        byLength.forEach((length, networks) -> {
            List<T> values = networks.get(new Ipv4Prefix(a, length).network().bits());
            if (values != null) {
                out.addAll(values);
            }
        });
        return out;
    }

    public boolean holds(Ipv4Address a) {
        for (Map.Entry<Integer, Map<Integer, List<T>>> e : byLength.entrySet()) {
            if (e.getValue().containsKey(new Ipv4Prefix(a, e.getKey()).network().bits())) {
                return true;
            }
        }
        return false;
    }
}
