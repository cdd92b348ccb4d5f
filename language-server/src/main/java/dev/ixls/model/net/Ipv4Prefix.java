package dev.ixls.model.net;

import java.util.Optional;

/** An address with a prefix length, as an interface carries it: {@code 169.254.128.174/30}. */
public record Ipv4Prefix(Ipv4Address address, int length) {

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
    }

    /** Parses {@code a.b.c.d/n}; empty for anything else. */
    public static Optional<Ipv4Prefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash == text.length() - 1 || text.length() - slash > 3) {
            return Optional.empty();
        }
        int length = lengthAfter(text, slash + 1);
        if (length < 0 || length > 32) {
            return Optional.empty();
        }
        long bits = Ipv4Address.bits(text, 0, slash);
        return bits < 0 ? Optional.empty() : Optional.of(new Ipv4Prefix(new Ipv4Address((int) bits), length));
    }

    /**
     * The one or two characters after the slash read as {@link Integer#parseInt} reads them (an
     * optional sign, then digits), or -1 when they are no number. In place: no substring per prefix.
     */
    private static int lengthAfter(String text, int from) {
        int i = from;
        char first = text.charAt(i);
        boolean negative = first == '-';
        if (negative || first == '+') {
            i++;
            if (i == text.length()) {
                return -1;
            }
        }
        int value = 0;
        for (; i < text.length(); i++) {
            int digit = Character.digit(text.charAt(i), 10);
            if (digit < 0) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return negative && value != 0 ? -1 : value;
    }

    public static Ipv4Prefix of(String text) {
        return parse(text).orElseThrow(() -> new IllegalArgumentException("not an IPv4 prefix: " + text));
    }

    public int mask() {
        return length == 0 ? 0 : -1 << (32 - length);
    }

    public Ipv4Address network() {
        return new Ipv4Address(address.bits() & mask());
    }

    public Ipv4Address broadcast() {
        return new Ipv4Address(address.bits() | ~mask());
    }

    /** The network as a prefix: {@code 169.254.128.172/30}. */
    public Ipv4Prefix subnet() {
        return new Ipv4Prefix(network(), length);
    }

    public boolean contains(Ipv4Address a) {
        return (a.bits() & mask()) == (address.bits() & mask());
    }

    public boolean overlaps(Ipv4Prefix other) {
        int common = Math.min(length, other.length);
        int m = common == 0 ? 0 : -1 << (32 - common);
        return (address.bits() & m) == (other.address.bits() & m);
    }

    /** The first usable host address (for /31 and /32, the network itself). */
    public Ipv4Address firstUsable() {
        return length >= 31 ? network() : network().plus(1);
    }

    public Ipv4Address lastUsable() {
        return length >= 31 ? broadcast() : broadcast().plus(-1);
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
