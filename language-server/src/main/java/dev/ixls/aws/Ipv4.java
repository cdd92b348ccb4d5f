package dev.ixls.aws;

import dev.ixls.model.net.Ipv4Address;

/** Dotted-quad IPv4 addresses as the sample readers need them: ints, and netmasks (parsing is {@link Ipv4Address}'s). */
final class Ipv4 {

    private Ipv4() {
    }

    /** True when the text is exactly four decimal octets of 0 to 255 (no spaces, no prefix). */
    static boolean isAddress(String text) {
        return parse(text) != null;
    }

    /** The address as an int, or null when the text is not a dotted-quad IPv4 address. */
    static Integer parse(String text) {
        return Ipv4Address.parse(text).map(Ipv4Address::bits).orElse(null);
    }

    static String format(int address) {
        return new Ipv4Address(address).toString();
    }

    /** The prefix length of a contiguous netmask such as {@code 255.255.255.252}, or null. */
    static Integer prefixLengthOfMask(String mask) {
        Integer value = parse(mask);
        if (value == null) {
            return null;
        }
        int bits = Integer.bitCount(value);
        int expected = bits == 0 ? 0 : -1 << (32 - bits);
        return value == expected ? bits : null;
    }
}
