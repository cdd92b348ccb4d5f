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
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        if (length < 0 || length > 32) {
            return Optional.empty();
        }
        return Ipv4Address.parse(text.substring(0, slash)).map(a -> new Ipv4Prefix(a, length));
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
