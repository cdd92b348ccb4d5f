package dev.ixls.aws;

/**
 * A tunnel's inside network: the /30 inside 169.254.0.0/16 that carries the tunnel interfaces'
 * addresses. Of its two usable addresses AWS takes the first and the customer gateway the
 * second in every sample; readers still prefer the addresses a source states.
 */
record InsideNetwork(int network) {

    static final int PREFIX_LENGTH = 30;

    /** The /30 holding an address given with its prefix length; null when the length is not 30. */
    static InsideNetwork of(int address, int prefixLength) {
        if (prefixLength != PREFIX_LENGTH) {
            return null;
        }
        return new InsideNetwork(address & 0xfffffffc);
    }

    /** Parses {@code 169.254.1.0/30} (any address in the /30 is accepted); null if malformed. */
    static InsideNetwork parseCidr(String cidr) {
        if (cidr == null) {
            return null;
        }
        int slash = cidr.indexOf('/');
        if (slash < 0) {
            return null;
        }
        Integer address = Ipv4.parse(cidr.substring(0, slash).trim());
        String length = cidr.substring(slash + 1).trim();
        if (address == null || !length.matches("[0-9]{1,2}")) {
            return null;
        }
        return of(address, Integer.parseInt(length));
    }

    String cidr() {
        return Ipv4.format(network) + "/" + PREFIX_LENGTH;
    }

    boolean isUsableHost(int address) {
        return address == network + 1 || address == network + 2;
    }

    /** The other usable address of the /30. */
    int otherUsable(int address) {
        return address == network + 1 ? network + 2 : network + 1;
    }

    int firstUsable() {
        return network + 1;
    }

    int secondUsable() {
        return network + 2;
    }

    boolean contains(int address) {
        return (address & 0xfffffffc) == network;
    }

    @Override
    public String toString() {
        return cidr();
    }
}
