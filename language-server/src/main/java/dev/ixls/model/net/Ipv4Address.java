package dev.ixls.model.net;

import java.util.Optional;

/** An IPv4 address as an unsigned 32-bit value. */
public record Ipv4Address(int bits) implements Comparable<Ipv4Address> {

    /** Parses {@code a.b.c.d}; empty for anything else, including octets above 255 or of more than 3 digits. */
    public static Optional<Ipv4Address> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        long bits = bits(text, 0, text.length());
        return bits < 0 ? Optional.empty() : Optional.of(new Ipv4Address((int) bits));
    }

    /**
     * The address written in {@code text[from, to)} as an unsigned 32-bit value, or -1 when it is
     * not one. Reads in place, so a prefix's address part needs no substring.
     */
    static long bits(String text, int from, int to) {
        int value = 0;
        int octet = -1;
        int digits = 0;
        int dots = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                octet = (octet < 0 ? 0 : octet * 10) + (c - '0');
                if (octet > 255 || ++digits > 3) {
                    return -1;
                }
            } else if (c == '.' && octet >= 0 && dots < 3) {
                value = (value << 8) | octet;
                octet = -1;
                digits = 0;
                dots++;
            } else {
                return -1;
            }
        }
        if (dots != 3 || octet < 0) {
            return -1;
        }
        return Integer.toUnsignedLong((value << 8) | octet);
    }

    public static Ipv4Address of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 address: " + text));
    }

    public Ipv4Address plus(int delta) {
        return new Ipv4Address(bits + delta);
    }

    /** Addresses of one plan differ in a few bits; mix them so hash tables spread them. */
    @Override
    public int hashCode() {
        return bits * 0x9E3779B1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ipv4Address other && other.bits == bits;
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(bits, o.bits);
    }

    @Override
    public String toString() {
        return ((bits >>> 24) & 255) + "." + ((bits >>> 16) & 255) + "." + ((bits >>> 8) & 255) + "." + (bits & 255);
    }
}
