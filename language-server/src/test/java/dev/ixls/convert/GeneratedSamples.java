package dev.ixls.convert;

import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.IkeParameters;
import dev.ixls.aws.IpsecParameters;
import dev.ixls.aws.PresharedKey;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleField;
import dev.ixls.aws.SampleFormat;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random but valid AWS samples, within the limits AWS enforces. Driven by a seeded
 * {@link Random}, so every generated case can be reproduced from its seed.
 */
final class GeneratedSamples {

    private GeneratedSamples() {
    }

    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    /** 8 to 64 characters AWS accepts, never starting with 0. */
    static String presharedKey(Random r) {
        String first = KEY_CHARS.replace("0", "");
        StringBuilder sb = new StringBuilder().append(first.charAt(r.nextInt(first.length())));
        int rest = 7 + r.nextInt(57);
        for (int i = 0; i < rest; i++) {
            sb.append(KEY_CHARS.charAt(r.nextInt(KEY_CHARS.length())));
        }
        return sb.toString();
    }

    static String publicAddress(Random r) {
        int a;
        do {
            a = 1 + r.nextInt(223);
        } while (a == 10 || a == 127 || a == 169 || a == 172 || a == 192);
        return a + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    /** A /30 inside 169.254.0.0/16, outside the blocks AWS reserves. */
    static Ipv4Prefix insideNetwork(Random r) {
        Ipv4Prefix p;
        do {
            p = Ipv4Prefix.of("169.254." + (6 + r.nextInt(250)) + "." + (r.nextInt(64) * 4) + "/30");
        } while (p.equals(Ipv4Prefix.of("169.254.169.252/30")));
        return p;
    }

    /** Tunnel options a DescribeVpnConnections sample may state; the rest show AWS's minimum. */
    private static final List<SampleField> OPTIONS = List.of(SampleField.PHASE1_ENCRYPTION,
            SampleField.PHASE1_INTEGRITY, SampleField.PHASE1_DH_GROUPS, SampleField.PHASE1_LIFETIME,
            SampleField.IKE_VERSIONS, SampleField.PHASE2_ENCRYPTION, SampleField.PHASE2_INTEGRITY,
            SampleField.PHASE2_DH_GROUPS, SampleField.PHASE2_LIFETIME);

    private static final List<Cipher> CIPHERS = List.of(Cipher.AES128, Cipher.AES256, Cipher.AES128_GCM16,
            Cipher.AES256_GCM16);
    private static final List<Integrity> HASHES = List.of(Integrity.SHA1, Integrity.SHA2_256, Integrity.SHA2_384,
            Integrity.SHA2_512);
    private static final List<Integer> GROUPS = List.of(2, 14, 15, 16, 19, 20);
    private static final List<List<String>> VERSIONS = List.of(List.of("ikev1"), List.of("ikev2"),
            List.of("ikev1", "ikev2"));

    /** A non-empty random subset, in the list's order. */
    private static <T> List<T> someOf(List<T> all, Random r) {
        List<T> out = new ArrayList<>();
        while (out.isEmpty()) {
            for (T t : all) {
                if (r.nextBoolean()) {
                    out.add(t);
                }
            }
        }
        return List.copyOf(out);
    }

    static AwsSample sample(Random r) {
        boolean bgp = r.nextBoolean();
        long awsAsn = r.nextBoolean() ? 64512 + r.nextInt(65534 - 64512 + 1)
                : 4200000000L + (long) (r.nextDouble() * (4294967294L - 4200000000L));
        long customerAsn;
        do {
            customerAsn = 1 + (long) (r.nextDouble() * 2147483646L);
        } while (customerAsn == awsAsn); // eBGP: AWS's ASN is never the customer's
        // AWS requires phase 2 to be shorter than phase 1.
        int phase1 = 3600 + r.nextInt(28800 - 3600 + 1);
        int phase2 = 900 + r.nextInt(Math.min(3600, phase1 - 1) - 900 + 1);
        IkeParameters ike = new IkeParameters(someOf(CIPHERS, r), someOf(HASHES, r), someOf(GROUPS, r), phase1, "main",
                VERSIONS.get(r.nextInt(VERSIONS.size())));
        IpsecParameters ipsec = new IpsecParameters(someOf(CIPHERS, r), someOf(HASHES, r), someOf(GROUPS, r), phase2);
        Map<SampleField, Integer> lines = new EnumMap<>(SampleField.class);
        for (SampleField f : OPTIONS) {
            if (r.nextBoolean()) {
                lines.put(f, 0);
            }
        }
        // Half the samples give tunnel 2 options of its own (AWS sets tunnel options per tunnel).
        IkeParameters ike2 = ike;
        IpsecParameters ipsec2 = ipsec;
        if (r.nextBoolean()) {
            int p1 = 3600 + r.nextInt(28800 - 3600 + 1);
            int p2 = 900 + r.nextInt(Math.min(3600, p1 - 1) - 900 + 1);
            ike2 = new IkeParameters(someOf(CIPHERS, r), someOf(HASHES, r), someOf(GROUPS, r), p1, "main", ike.versions());
            ipsec2 = new IpsecParameters(someOf(CIPHERS, r), someOf(HASHES, r), someOf(GROUPS, r), p2);
        }
        String outside1 = publicAddress(r);
        String outside2;
        do {
            outside2 = publicAddress(r);
        } while (outside2.equals(outside1));
        Ipv4Prefix inside1 = insideNetwork(r);
        Ipv4Prefix inside2;
        do {
            inside2 = insideNetwork(r);
        } while (inside2.equals(inside1));
        List<AwsTunnel> tunnels = List.of(
                tunnel(1, outside1, inside1, presharedKey(r), bgp, awsAsn, customerAsn, ike, ipsec, lines),
                tunnel(2, outside2, inside2, presharedKey(r), bgp, awsAsn, customerAsn, ike2, ipsec2, lines));
        return new AwsSample("vpn-0123456789abcdef0", bgp ? Routing.BGP : Routing.STATIC,
                lines.isEmpty() ? SampleFormat.XML : SampleFormat.DESCRIBE_JSON, tunnels);
    }

    private record Crypto(IkeParameters ike, IpsecParameters ipsec) {
    }

    static AwsTunnel tunnel(int number, String awsOutside, Ipv4Prefix inside, String key, boolean bgp, long awsAsn,
            long customerAsn, IkeParameters ike, IpsecParameters ipsec, Map<SampleField, Integer> lines) {
        Ipv4Address aws = inside.network().plus(1);
        Ipv4Address customer = inside.network().plus(2);
        return new AwsTunnel(number, awsOutside, "198.51.100.7", inside.toString(), aws.toString(), customer.toString(),
                new PresharedKey(key), bgp ? awsAsn : null, bgp ? customerAsn : null, bgp ? 30 : null, ike, ipsec, 10,
                3, 1379, Map.copyOf(lines));
    }

    /**
     * Whether IX can meet every tunnel option every tunnel states with the IKE version given: IKEv1
     * on IX has no GCM and no group above 2048-bit, and the converter names groups up to 4096-bit.
     * A sample outside this cannot be converted to a working config at all (IX508/IX509 say so).
     */
    static boolean expressible(AwsSample sample, IkeVersion version) {
        return sample.tunnels().stream().allMatch(t -> expressible(t, version));
    }

    private static boolean expressible(AwsTunnel t, IkeVersion version) {
        boolean v1 = version == IkeVersion.V1;
        Set<Integer> groups = v1 ? Set.of(2, 14) : Set.of(2, 14, 15, 16);
        return (!t.states(SampleField.IKE_VERSIONS) || t.ike().versions().contains(v1 ? "ikev1" : "ikev2"))
                && (!v1 || !t.states(SampleField.PHASE1_ENCRYPTION) || anyOf(t.ike().encryption(), Cipher.AES128, Cipher.AES256))
                && (!v1 || !t.states(SampleField.PHASE2_ENCRYPTION) || anyOf(t.ipsec().encryption(), Cipher.AES128, Cipher.AES256))
                && (!t.states(SampleField.PHASE1_DH_GROUPS) || t.ike().dhGroups().stream().anyMatch(groups::contains))
                && (!t.states(SampleField.PHASE2_DH_GROUPS) || t.ipsec().pfsGroups().stream().anyMatch(groups::contains));
    }

    private static boolean anyOf(List<Cipher> list, Cipher... wanted) {
        return Arrays.stream(wanted).anyMatch(list::contains);
    }
}
