package dev.ixls.model.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Ipv4AddressTest {

    @Test
    void parsesDottedQuadsOnly() {
        assertEquals("169.254.128.174", Ipv4Address.of("169.254.128.174").toString());
        for (String bad : new String[] {"256.1.1.1", "1.2.3", "1.2.3.4.5", "1..2.3", "1.2.3.0004", "a.b.c.d", "", " 1.2.3.4"}) {
            assertTrue(Ipv4Address.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void prefixesKnowTheirSubnet() {
        Ipv4Prefix p = Ipv4Prefix.of("169.254.128.174/30");
        assertEquals(Ipv4Address.of("169.254.128.172"), p.network());
        assertEquals(Ipv4Address.of("169.254.128.175"), p.broadcast());
        assertEquals(Ipv4Address.of("169.254.128.173"), p.firstUsable());
        assertTrue(p.contains(Ipv4Address.of("169.254.128.173")));
        assertFalse(p.overlaps(Ipv4Prefix.of("169.254.128.176/30")));
        assertTrue(Ipv4Prefix.parse("10.0.0.0/33").isEmpty());
    }

    @Test
    void prefixLengthsReadAsBefore() {
        assertEquals(Ipv4Prefix.of("10.0.0.0/8"), Ipv4Prefix.parse("10.0.0.0/+8").orElseThrow());
        assertEquals(0, Ipv4Prefix.of("10.0.0.0/-0").length());
        for (String bad : new String[] {"10.0.0.0", "10.0.0.0/", "10.0.0.0/-1", "10.0.0.0/+", "10.0.0.0/8a",
                "10.0.0.0/008", "10.0.0/8", "10.0.0.0//8", "256.0.0.0/8"}) {
            assertTrue(Ipv4Prefix.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void equalAddressesHashAlike() {
        assertEquals(Ipv4Address.of("10.0.0.1"), Ipv4Address.of("10.0.0.1"));
        assertEquals(Ipv4Address.of("10.0.0.1").hashCode(), Ipv4Address.of("10.0.0.1").hashCode());
    }
}
