package dev.ixls.aws;

/** Strict dotted-quad IPv4 addresses, held as an {@code int}. */
final class Ipv4 {

    private Ipv4() {
    }

    /** True when the text is exactly four decimal octets of 0 to 255 (no spaces, no prefix). */
    static boolean isAddress(String text) {
        return parse(text) != null;
    }

    /** The address as an int, or null when the text is not a dotted-quad IPv4 address. */
    static Integer parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 15) {
            return null;
        }
        int value = 0;
        int octets = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            int octet = 0;
            while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                octet = octet * 10 + (text.charAt(i) - '0');
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3 || octet > 255) {
                return null;
            }
            value = (value << 8) | octet;
            octets++;
            if (i < n) {
                if (text.charAt(i) != '.' || octets == 4) {
                    return null;
                }
                i++;
                if (i == n) {
                    return null;
                }
            }
        }
        return octets == 4 ? value : null;
    }

    static String format(int address) {
        return ((address >>> 24) & 0xff) + "." + ((address >>> 16) & 0xff) + "." + ((address >>> 8) & 0xff) + "."
                + (address & 0xff);
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
