package dev.ixls.analysis;

import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which of many subnets hold an address: one hash look-up per distinct prefix length, so rules
 * that match every neighbor against every interface stay linear on configs with thousands of
 * tunnels.
 */
public final class SubnetIndex<T> {

    /**
     * By prefix length (0-32), the values of each network. Keys are {@link Ipv4Address}es, whose
     * hash mixes the bits: the networks of a tunnel plan differ only in a few middle bits (and
     * all /30s end in two zero bits), which clustered in a few buckets as plain integers.
     */
    @SuppressWarnings("unchecked")
    private final Map<Ipv4Address, List<T>>[] byLength = new Map[33];

    public SubnetIndex<T> add(Ipv4Prefix subnet, T value) {
        Map<Ipv4Address, List<T>> networks = byLength[subnet.length()];
        if (networks == null) {
            networks = new HashMap<>();
            byLength[subnet.length()] = networks;
        }
        networks.computeIfAbsent(subnet.network(), k -> new ArrayList<>(1)).add(value);
        return this;
    }

    /** Every value whose subnet holds the address, longest prefixes last. */
    public List<T> containing(Ipv4Address a) {
        List<T> out = new ArrayList<>();
        forEachContaining(a, out::add);
        return out;
    }

    /** {@link #containing} without the list, for look-ups made once per neighbor or route. */
    public void forEachContaining(Ipv4Address a, Consumer<? super T> action) {
        for (int length = 0; length <= 32; length++) {
            List<T> values = valuesAt(length, a);
            if (values != null) {
                values.forEach(action);
            }
        }
    }

    /** The first of {@link #containing}, or null. */
    public T first(Ipv4Address a) {
        for (int length = 0; length <= 32; length++) {
            List<T> values = valuesAt(length, a);
            if (values != null) {
                return values.get(0);
            }
        }
        return null;
    }

    public boolean holds(Ipv4Address a) {
        for (int length = 0; length <= 32; length++) {
            if (valuesAt(length, a) != null) {
                return true;
            }
        }
        return false;
    }

    private List<T> valuesAt(int length, Ipv4Address a) {
        Map<Ipv4Address, List<T>> networks = byLength[length];
        return networks == null ? null : networks.get(new Ipv4Prefix(a, length).network());
    }
}
