package dev.ixls.convert;

import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.IkeParameters;
import dev.ixls.aws.IpsecParameters;
import dev.ixls.aws.PresharedKey;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleFormat;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;
import java.util.Map;
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
        Arbitrary<Integer> phase1 = Arbitraries.integers().between(3600, 28800);
        Arbitrary<Integer> phase2 = Arbitraries.integers().between(900, 3600);
        Arbitrary<IkeParameters> ike = Combinators.combine(ciphers, hashes, groups, phase1)
                .as((c, h, g, l) -> new IkeParameters(c, h, g, l, "main", List.of()));
        Arbitrary<IpsecParameters> ipsec = Combinators.combine(ciphers, hashes, groups, phase2)
                .as(IpsecParameters::new);
        Arbitrary<List<String>> outside = publicAddresses().list().ofSize(2).uniqueElements();
        Arbitrary<List<Ipv4Prefix>> inside = insideNetworks().list().ofSize(2).uniqueElements();
        Arbitrary<List<String>> keys = presharedKeys().list().ofSize(2);
        return Combinators.combine(bgp, awsAsn, customerAsn, ike, ipsec, outside, inside, keys)
                .as((isBgp, aAsn, cAsn, ikeP, ipsecP, out, in, k) -> {
                    List<AwsTunnel> tunnels = List.of(tunnel(1, out.get(0), in.get(0), k.get(0), isBgp, aAsn, cAsn, ikeP, ipsecP),
                            tunnel(2, out.get(1), in.get(1), k.get(1), isBgp, aAsn, cAsn, ikeP, ipsecP));
                    return new AwsSample("vpn-0123456789abcdef0", isBgp ? Routing.BGP : Routing.STATIC,
                            SampleFormat.XML, tunnels);
                });
    }

    static AwsTunnel tunnel(int number, String awsOutside, Ipv4Prefix inside, String key, boolean bgp, long awsAsn,
            long customerAsn, IkeParameters ike, IpsecParameters ipsec) {
        Ipv4Address aws = inside.network().plus(1);
        Ipv4Address customer = inside.network().plus(2);
        return new AwsTunnel(number, awsOutside, "198.51.100.7", inside.toString(), aws.toString(), customer.toString(),
                new PresharedKey(key), bgp ? awsAsn : null, bgp ? customerAsn : null, bgp ? 30 : null, ike, ipsec, 10,
                3, 1379, Map.of());
    }
}
