package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubnetIndexTest {

    private static Ipv4Address ip(String s) {
        return Ipv4Address.of(s);
    }

    @Test
    void containingListsShorterPrefixesFirstAndEachNetworkInInsertionOrder() {
        SubnetIndex<String> index = new SubnetIndex<String>()
                .add(Ipv4Prefix.of("10.0.0.0/30"), "a30")
                .add(Ipv4Prefix.of("10.0.0.0/8"), "b8")
                .add(Ipv4Prefix.of("10.0.0.0/30"), "c30")
                .add(Ipv4Prefix.of("10.0.0.0/24"), "d24")
                .add(Ipv4Prefix.of("192.168.0.0/16"), "e16");
        assertEquals(List.of("b8", "d24", "a30", "c30"), index.containing(ip("10.0.0.2")));
        List<String> seen = new ArrayList<>();
        index.forEachContaining(ip("10.0.0.2"), seen::add);
        assertEquals(List.of("b8", "d24", "a30", "c30"), seen);
        assertEquals("b8", index.first(ip("10.0.0.2")));
        assertEquals(List.of("b8"), index.containing(ip("10.9.9.9")));
        assertTrue(index.holds(ip("192.168.3.4")));
        assertFalse(index.holds(ip("172.16.0.1")));
        assertNull(index.first(ip("172.16.0.1")));
        assertEquals(List.of(), index.containing(ip("172.16.0.1")));
    }

    @Test
    void thousandsOfTunnelSubnetsAreEachFoundOnce() {
        // A tunnel plan: /30s that differ only in the third and fourth octets.
        SubnetIndex<Integer> index = new SubnetIndex<>();
        for (int site = 0; site < 8000; site++) {
            int third = 6 + site % 250;
            int fourth = (site / 250 % 64) * 4;
            index.add(Ipv4Prefix.of("169.254." + third + "." + (fourth + 2) + "/30"), site);
        }
        for (int site = 0; site < 8000; site += 7) {
            int third = 6 + site % 250;
            int fourth = (site / 250 % 64) * 4;
            assertEquals(List.of(site), index.containing(ip("169.254." + third + "." + (fourth + 1))));
        }
        assertFalse(index.holds(ip("169.254.5.1")));
    }
}
