package dev.ixls.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ixls.Fixtures;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Expectations shared by the AWS reader tests. */
final class SampleAssertions {

    /** Every pre-shared key in the fixtures, for "no key leaks" checks. */
    static final List<String> ALL_KEYS = List.of(
            "hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE",
            "7K9Od3koojYNyebTyUFQGlZWyztIiZBr", "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw",
            "uxGv0rDR8l6jrc4GsWVsfUuezyeG5T3w", "kktlpEhzCZL1hq.L6GYhq_fLJ30etd6l",
            "9xQhXWdiGlyPr2wYJuvfvUNV8R00li1E", "91jnkKKjGetJbPQ8EsLxG4gbd8QmhGKG",
            "47p98UJswHCqhHr5MaXRINJ41vwC0I7c", "3v0eu4xdEELLD7FWau5XTNzwRWI9c4nI",
            "AKOpkeN2gSoRlRuQHebWv0UX9e9R0DLK", "gs4QYonNks2dQz1qERFEMbwV2s0DplsW",
            "Zr4mQ8wLx2NvT6pB9cYh3KdF7sJg1uAe",
            // the layouts of issue 11 (SampleLayoutsTest)
            "Rq3vX8nLpT2wYk7aZ5dM0cJhB4sFgE9u", "hV6yQ1mW9eK3tN7xC2rL5pA8dZ0sJ4gU", "PASSWORD",
            "u8Hc2PqW5mTz9RkX1vNb6JyL3aDsF0eG", "Gt4Lw7Yp1Kc9Xb2Nq6Zm3Jd8Vh5Rf0Sa", "Nf7Qw2Ek9Lz4Tb1Xc6Vy3Ms8Hp0Rd5Ja",
            "Zb5Kx8Wm2Qc7Ln1Ty4Hv9Rp3Gd6Sf0Ej", "Wd3Rf8Tg1Yh6Uj9Ik2Ol5Pa7Sq0Zx4Cv", "Mn6Bv1Cx4Za9Sd2Fg7Hj3Kl8Qw5Er0Ty",
            "Qz4Xw8Ec2Rv6Tb0Yn3Um7Ik1Ol5Pa9Sd", "Lp2Ko6Ji0Hu4Gy8Ft3Dr7Se1Aw5Qx9Zc", "Pk8Wz3Nq6Lr1Xv5Bt9Hm2Cy7Js4Fd0Ga",
            "Tg2Yh7Uj1Ik6Ol3Pa8Sq5Zx0Cv4Bn9Mm", "c4Vn8Xr2Kq6Wm1Tz5Lp9Hy3Bd7Gf0Sj", "Hq5Jt9Wb2Xn6Rk1Zm4Vc8Lp3Dy7Gs0Fa",
            "Yd1Ke5Ow9Tq3Mj7Ub2Ix6Pn0Cr4Az8Lv", "Ba6Nc0Md4Fe8Gf2Hg7Ih1Ji5Kj9Lk3Ml", "Qw3Er7Ty1Ui5Op9As4Df8Gh2Jk6Lz0Xc",
            "Ut8Yv2Wx6Za0Bc4De9Fg3Hi7Jk1Lm5No", "Pq0Rs4Tu8Vw2Xy6Za1Bc5De9Fg3Hi7Jk", "Kw7Lx1Mz5Nc9Ob3Pd8Qe2Rf6Sg0Th4Ui",
            "Vj3Wk7Xl1Ym5Zn9Ao4Bp8Cq2Dr6Es0Ft", "Gh5Ij9Kl3Mn7Op1Qr6St0Uv4Wx8Yz2Ab", "Cd4Ef8Gh2Ij6Kl0Mn5Op9Qr3St7Uv1Wx",
            "Xe3Rt7Yu1Io5Pl9Kj4Hg8Fd2Sa6Zq0Wm", "Nb1Vc5Xz9Lk3Jh7Gf2Ds6Aq0Pw4Oe8Ir");

    private SampleAssertions() {
    }

    static AwsSample read(String fixture) {
        try {
            return AwsSampleReader.read(Fixtures.read(fixture));
        } catch (SampleFormatException e) {
            return fail(fixture + " should read, but: " + e.getMessage());
        }
    }

    static AwsTunnel tunnel(AwsSample sample, String awsOutside) {
        return sample.tunnelByAwsOutside(awsOutside)
                .orElseGet(() -> fail("no tunnel with AWS outside address " + awsOutside));
    }

    /** The addressing and identity facts of a tunnel, field by field. */
    static void assertAddressing(AwsTunnel t, int number, String awsOutside, String customerOutside, String cidr,
            String awsInside, String customerInside, String key) {
        assertEquals(number, t.number(), "number");
        assertEquals(awsOutside, t.awsOutsideAddress(), "AWS outside address");
        assertEquals(customerOutside, t.customerOutsideAddress(), "customer outside address");
        assertEquals(cidr, t.insideCidr(), "inside CIDR");
        assertEquals(awsInside, t.awsInsideAddress(), "AWS inside address");
        assertEquals(customerInside, t.customerInsideAddress(), "customer inside address");
        assertNotNull(t.presharedKey(), "pre-shared key");
        assertTrue(t.presharedKey().matches(key), "pre-shared key of " + awsOutside);
    }

    static void assertBgp(AwsTunnel t, long awsAsn, long customerAsn, int holdTime) {
        assertEquals(awsAsn, t.awsAsn(), "AWS ASN");
        assertEquals(customerAsn, t.customerAsn(), "customer ASN");
        assertEquals(holdTime, t.holdTime(), "hold time");
    }

    static void assertStatic(AwsTunnel t) {
        assertEquals(null, t.awsAsn(), "AWS ASN of a static tunnel");
        assertEquals(null, t.customerAsn(), "customer ASN of a static tunnel");
        assertEquals(null, t.holdTime(), "hold time of a static tunnel");
    }

    /** AES128, SHA1, DH group 2, 28800 s, main mode: what every sample shows. */
    static void assertMinimumIke(IkeParameters ike, List<String> versions) {
        assertEquals(List.of(Cipher.AES128), ike.encryption(), "IKE encryption");
        assertEquals(List.of(Integrity.SHA1), ike.integrity(), "IKE integrity");
        assertEquals(List.of(2), ike.dhGroups(), "IKE DH groups");
        assertEquals(28800, ike.lifetimeSeconds(), "IKE lifetime");
        assertEquals("main", ike.mode(), "IKE mode");
        assertEquals(versions, ike.versions(), "IKE versions");
    }

    /** AES128, SHA1, PFS group 2, 3600 s. */
    static void assertMinimumIpsec(IpsecParameters ipsec) {
        assertEquals(List.of(Cipher.AES128), ipsec.encryption(), "IPsec encryption");
        assertEquals(List.of(Integrity.SHA1), ipsec.integrity(), "IPsec integrity");
        assertEquals(List.of(2), ipsec.pfsGroups(), "PFS groups");
        assertEquals(3600, ipsec.lifetimeSeconds(), "IPsec lifetime");
    }

    /**
     * The facts every format states alike: everything but the tunnel number, source lines,
     * and what some formats do not show (customer outside address, IKE versions, DPD, MSS).
     */
    static Map<String, Object> core(AwsTunnel t) {
        Map<String, Object> core = new TreeMap<>();
        core.put("awsOutside", t.awsOutsideAddress());
        core.put("insideCidr", t.insideCidr());
        core.put("awsInside", t.awsInsideAddress());
        core.put("customerInside", t.customerInsideAddress());
        core.put("key", t.presharedKey());
        core.put("awsAsn", t.awsAsn());
        core.put("customerAsn", t.customerAsn());
        core.put("holdTime", t.holdTime());
        core.put("ike", List.of(t.ike().encryption(), t.ike().integrity(), t.ike().dhGroups(), t.ike().lifetimeSeconds()));
        core.put("ipsec", t.ipsec());
        return core;
    }

    /** Zero-based index of the first line of {@code text} that contains {@code needle}. */
    static int lineContaining(String text, String needle) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i;
            }
        }
        return fail("no line contains " + needle);
    }

    /** Zero-based index of the n-th (1-based) line of {@code text} that contains {@code needle}. */
    static int lineContaining(String text, String needle, int occurrence) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && ++seen == occurrence) {
                return i;
            }
        }
        return fail("fewer than " + occurrence + " lines contain " + needle);
    }

    /** Asserts that no fixture key appears in the text. */
    static void assertNoKey(String text) {
        for (String key : ALL_KEYS) {
            assertFalse(text != null && text.contains(key), "a pre-shared key leaked into: " + text);
        }
    }

    /**
     * Asserts that {@link AwsSampleReader#read} (exactly one connection) fails with a message that
     * contains every expected part and no key.
     */
    static SampleFormatException assertRejected(String text, String... expectedParts) {
        try {
            AwsSampleReader.read(text);
        } catch (SampleFormatException e) {
            String message = e.getMessage();
            assertNotNull(message);
            for (String part : expectedParts) {
                assertTrue(message.contains(part), "message should contain \"" + part + "\": " + message);
            }
            assertNoKey(message);
            return e;
        } catch (Throwable t) {
            return fail("expected SampleFormatException, got " + t.getClass().getName(), t);
        }
        return fail("expected SampleFormatException, but the text was read");
    }

    /** Asserts that the message names every format ixls reads. */
    static void assertNamesFormats(String message) {
        for (SampleFormat format : SampleFormat.values()) {
            assertTrue(message.contains(format.label()), "message should name " + format.label() + ": " + message);
        }
    }
}
