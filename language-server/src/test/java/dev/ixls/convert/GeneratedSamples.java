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
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random but valid AWS samples, within the limits AWS enforces. */
final class GeneratedSamples {

    private GeneratedSamples() {
    }

    private static final String KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";

    static Arbitrary<String> presharedKeys() {
        Arbitrary<Character> first = Arbitraries.of(KEY_CHARS.replace("0", "").chars().mapToObj(c -> (char) c).toList());
        Arbitrary<String> rest = Arbitraries.strings().withChars(KEY_CHARS).ofMinLength(7).ofMaxLength(63);
        return Combinators.combine(first, rest).as((f, r) -> f + r);
    }

    static Arbitrary<String> publicAddresses() {
        return Arbitraries.integers().between(1, 223).filter(a -> a != 10 && a != 127 && a != 169 && a != 172 && a != 192)
                .flatMap(a -> Arbitraries.integers().between(0, 255).list().ofSize(2)
                        .flatMap(bc -> Arbitraries.integers().between(1, 254)
                                .map(d -> a + "." + bc.get(0) + "." + bc.get(1) + "." + d)));
    }

    /** A /30 inside 169.254.0.0/16, outside the blocks AWS reserves. */
    static Arbitrary<Ipv4Prefix> insideNetworks() {
        return Arbitraries.integers().between(6, 255).flatMap(third -> Arbitraries.integers().between(0, 63)
                .map(block -> Ipv4Prefix.of("169.254." + third + "." + (block * 4) + "/30")))
                .filter(p -> !p.equals(Ipv4Prefix.of("169.254.169.252/30")));
    }

    /** Tunnel options a DescribeVpnConnections sample may state; the rest show AWS's minimum. */
    private static final List<SampleField> OPTIONS = List.of(SampleField.PHASE1_ENCRYPTION,
            SampleField.PHASE1_INTEGRITY, SampleField.PHASE1_DH_GROUPS, SampleField.PHASE1_LIFETIME,
            SampleField.IKE_VERSIONS, SampleField.PHASE2_ENCRYPTION, SampleField.PHASE2_INTEGRITY,
            SampleField.PHASE2_DH_GROUPS, SampleField.PHASE2_LIFETIME);

    static Arbitrary<AwsSample> samples() {
        Arbitrary<Boolean> bgp = Arbitraries.of(true, false);
        Arbitrary<Long> awsAsn = Arbitraries.oneOf(Arbitraries.longs().between(64512, 65534),
                Arbitraries.longs().between(4200000000L, 4294967294L));
        Arbitrary<Long> customerAsn = Arbitraries.longs().between(1, 2147483647L);
        Arbitrary<List<Cipher>> ciphers = Arbitraries.of(Cipher.AES128, Cipher.AES256, Cipher.AES128_GCM16,
                Cipher.AES256_GCM16).set().ofMinSize(1).map(List::copyOf);
        Arbitrary<List<Integrity>> hashes = Arbitraries.of(Integrity.SHA1, Integrity.SHA2_256, Integrity.SHA2_384,
                Integrity.SHA2_512).set().ofMinSize(1).map(List::copyOf);
        Arbitrary<List<Integer>> groups = Arbitraries.of(2, 14, 15, 16, 19, 20).set().ofMinSize(1).map(List::copyOf);
        Arbitrary<List<String>> versions = Arbitraries.of(List.of("ikev1"), List.of("ikev2"), List.of("ikev1", "ikev2"));
        // AWS requires phase 2 to be shorter than phase 1.
        Arbitrary<int[]> lifetimes = Arbitraries.integers().between(3600, 28800).flatMap(p1 -> Arbitraries.integers()
                .between(900, Math.min(3600, p1 - 1)).map(p2 -> new int[] {p1, p2}));
        Arbitrary<Crypto> crypto = Combinators.combine(ciphers, hashes, groups, versions, ciphers, hashes, groups, lifetimes)
                .as((c1, h1, g1, v, c2, h2, g2, l) -> new Crypto(new IkeParameters(c1, h1, g1, l[0], "main", v),
                        new IpsecParameters(c2, h2, g2, l[1])));
        Arbitrary<Set<SampleField>> stated = Arbitraries.of(OPTIONS).set();
        Arbitrary<List<String>> outside = publicAddresses().list().ofSize(2).uniqueElements();
        Arbitrary<List<Ipv4Prefix>> inside = insideNetworks().list().ofSize(2).uniqueElements();
        Arbitrary<List<String>> keys = presharedKeys().list().ofSize(2);
        Arbitrary<long[]> asns = Combinators.combine(awsAsn, customerAsn).as((a, c) -> new long[] {a, c})
                .filter(a -> a[0] != a[1]); // eBGP: AWS's ASN is never the customer's
        return Combinators.combine(bgp, asns, crypto, stated, outside, inside, keys)
                .as((isBgp, asn, c, options, out, in, k) -> {
                    Map<SampleField, Integer> lines = new EnumMap<>(SampleField.class);
                    options.forEach(f -> lines.put(f, 0));
                    List<AwsTunnel> tunnels = List.of(
                            tunnel(1, out.get(0), in.get(0), k.get(0), isBgp, asn[0], asn[1], c.ike(), c.ipsec(), lines),
                            tunnel(2, out.get(1), in.get(1), k.get(1), isBgp, asn[0], asn[1], c.ike(), c.ipsec(), lines));
                    return new AwsSample("vpn-0123456789abcdef0", isBgp ? Routing.BGP : Routing.STATIC,
                            options.isEmpty() ? SampleFormat.XML : SampleFormat.DESCRIBE_JSON, tunnels);
                });
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
     * Whether IX can meet every tunnel option the sample states with the IKE version given: IKEv1
     * on IX has no GCM and no group above 2048-bit, and the converter names groups up to 4096-bit.
     * A sample outside this cannot be converted to a working config at all (IX508/IX509 say so).
     */
    static boolean expressible(AwsSample sample, IkeVersion version) {
        AwsTunnel t = sample.tunnels().get(0);
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
