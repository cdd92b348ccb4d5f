package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A tunnel while a reader collects its facts. {@link #build(int)} turns it into an
 * {@link AwsTunnel} only when every fact a tunnel cannot do without is there and consistent:
 * nothing is half-read.
 */
final class TunnelDraft {

    String awsOutsideAddress;
    /** The customer gateway's outside address as written; placeholders are dropped at build time. */
    String customerOutsideAddress;
    InsideNetwork insideNetwork;
    Integer customerInsideAddress;
    Integer awsInsideAddress;
    PresharedKey presharedKey;
    Long awsAsn;
    Long customerAsn;
    Integer holdTime;
    IkeParameters ike;
    IpsecParameters ipsec;
    Integer dpdIntervalSeconds;
    Integer dpdRetries;
    Integer dpdTimeoutSeconds;
    Integer tcpMss;
    /** What stands where the customer ASN belongs when the sample shows a placeholder ({@code YOUR_BGP_ASN}). */
    String customerAsnPlaceholder;
    int customerAsnPlaceholderLine = -1;
    /**
     * True for a policy-based sample (a crypto map), which states no inside addresses: the
     * tunnel is built without them instead of refused.
     */
    boolean insideNotStated;
    final Map<SampleField, Integer> lines = new EnumMap<>(SampleField.class);

    /** Records the zero-based source line of a field; negative lines are ignored. */
    void line(SampleField field, int line) {
        if (line >= 0) {
            lines.put(field, line);
        }
    }

    /** How messages name this tunnel: {@code tunnel 2 (AWS 52.198.204.130)}. */
    LocalizedText describe(int number) {
        return awsOutsideAddress == null ? Messages.text("tunnel.number", "number", number)
                : Messages.text("tunnel.described", "number", number, "peer", awsOutsideAddress);
    }

    AwsTunnel build(int number) throws SampleFormatException {
        LocalizedText name = describe(number);
        if (awsOutsideAddress == null) {
            throw new SampleFormatException(Messages.text("aws.tunnel.noAwsOutside", "tunnel", name));
        }
        if (!Ipv4.isAddress(awsOutsideAddress)) {
            throw new SampleFormatException(Messages.text("aws.tunnel.awsOutsideNotIpv4", "tunnel", name));
        }
        if (presharedKey == null || presharedKey.reveal().isBlank()) {
            throw new SampleFormatException(Messages.text("aws.tunnel.noKey", "tunnel", name));
        }
        if (insideNetwork == null && customerInsideAddress == null && awsInsideAddress == null && insideNotStated) {
            return buildWithoutInside(number, name);
        }
        if (insideNetwork == null && customerInsideAddress == null) {
            throw new SampleFormatException(Messages.text("aws.tunnel.noInside", "tunnel", name));
        }
        if (insideNetwork == null) {
            throw new SampleFormatException(Messages.text("aws.tunnel.insideWithoutNetwork", "tunnel", name,
                    "address", Ipv4.format(customerInsideAddress)));
        }
        Integer customerInside = customerInsideAddress;
        Integer awsInside = awsInsideAddress;
        if (customerInside == null && awsInside == null) {
            awsInside = insideNetwork.firstUsable();
            customerInside = insideNetwork.secondUsable();
        } else if (customerInside == null) {
            checkUsable("aws.tunnel.awsInsideNotUsable", name, awsInside);
            customerInside = insideNetwork.otherUsable(awsInside);
        } else if (awsInside == null) {
            checkUsable("aws.tunnel.customerInsideNotUsable", name, customerInside);
            awsInside = insideNetwork.otherUsable(customerInside);
        }
        checkUsable("aws.tunnel.customerInsideNotUsable", name, customerInside);
        checkUsable("aws.tunnel.awsInsideNotUsable", name, awsInside);
        if (customerInside.intValue() == awsInside.intValue()) {
            throw new SampleFormatException(Messages.text("aws.tunnel.sameInside", "tunnel", name,
                    "address", Ipv4.format(awsInside)));
        }
        checkCrypto(name);
        String customerOutside = Ipv4.isAddress(customerOutsideAddress) ? customerOutsideAddress : null;
        return new AwsTunnel(number, awsOutsideAddress, customerOutside, insideNetwork.cidr(), Ipv4.format(awsInside),
                Ipv4.format(customerInside), presharedKey, awsAsn, customerAsn, holdTime, ike, ipsec,
                dpdIntervalSeconds, dpdRetries, dpdTimeoutSeconds, tcpMss, Map.copyOf(lines));
    }

    private AwsTunnel buildWithoutInside(int number, LocalizedText name) throws SampleFormatException {
        checkCrypto(name);
        String customerOutside = Ipv4.isAddress(customerOutsideAddress) ? customerOutsideAddress : null;
        return new AwsTunnel(number, awsOutsideAddress, customerOutside, null, null, null, presharedKey, awsAsn,
                customerAsn, holdTime, ike, ipsec, dpdIntervalSeconds, dpdRetries, dpdTimeoutSeconds, tcpMss,
                Map.copyOf(lines));
    }

    private void checkCrypto(LocalizedText name) throws SampleFormatException {
        if (ike == null) {
            throw new SampleFormatException(Messages.text("aws.tunnel.noIke", "tunnel", name));
        }
        if (ipsec == null) {
            throw new SampleFormatException(Messages.text("aws.tunnel.noIpsec", "tunnel", name));
        }
    }

    /**
     * What this tunnel holds that is not a usable fact: a placeholder customer ASN, customer
     * outside address or key. Call after {@link #build(int)} succeeded.
     */
    void notes(int number, List<SampleNote> out) {
        if (customerAsnPlaceholder != null && customerAsn == null) {
            out.add(SampleNote.of(SampleNote.Kind.CUSTOMER_ASN_PLACEHOLDER, number, customerAsnPlaceholderLine,
                    Placeholders.shown(customerAsnPlaceholder)));
        }
        if (customerOutsideAddress != null && !customerOutsideAddress.isBlank() && !Ipv4.isAddress(customerOutsideAddress)) {
            out.add(SampleNote.of(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER, number,
                    lines.getOrDefault(SampleField.CUSTOMER_OUTSIDE_ADDRESS, -1), Placeholders.shown(customerOutsideAddress)));
        }
        if (presharedKey != null && Placeholders.isPlaceholderKey(presharedKey.reveal())) {
            out.add(SampleNote.of(SampleNote.Kind.KEY_PLACEHOLDER, number,
                    lines.getOrDefault(SampleField.PRESHARED_KEY, -1), ""));
        }
        if (insideNotStated && insideNetwork == null) {
            out.add(SampleNote.of(SampleNote.Kind.INSIDE_NOT_STATED, number, -1, ""));
        }
    }

    /** Builds every draft, numbered from 1, and collects their notes. */
    static List<AwsTunnel> buildAll(List<TunnelDraft> drafts, List<SampleNote> notes) throws SampleFormatException {
        List<AwsTunnel> tunnels = new java.util.ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            AwsTunnel t = drafts.get(i).build(i + 1);
            for (AwsTunnel earlier : tunnels) {
                if (earlier.awsOutsideAddress().equals(t.awsOutsideAddress())) {
                    // AWS's own Generic documentation example has this mistake: tunnels are told apart by this address
                    throw new SampleFormatException(Messages.text("aws.tunnel.sameOutside", "first",
                            earlier.number(), "second", t.number(), "address", t.awsOutsideAddress()));
                }
            }
            tunnels.add(t);
        }
        for (int i = 0; i < drafts.size(); i++) {
            drafts.get(i).notes(i + 1, notes);
        }
        if (drafts.size() == 1) {
            notes.add(SampleNote.of(SampleNote.Kind.SINGLE_TUNNEL, 0, -1, ""));
        }
        return List.copyOf(tunnels);
    }

    /** {@code key} words the problem for one side (a whole sentence per side, for the Japanese word order). */
    private void checkUsable(String key, LocalizedText name, int address) throws SampleFormatException {
        if (!insideNetwork.isUsableHost(address)) {
            throw new SampleFormatException(Messages.text(key, "tunnel", name, "address", Ipv4.format(address),
                    "network", insideNetwork.cidr()));
        }
    }
}
