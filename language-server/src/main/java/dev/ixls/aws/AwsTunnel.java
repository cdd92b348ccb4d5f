package dev.ixls.aws;

import java.util.Map;

/**
 * One IPsec tunnel of an AWS VPN connection, from the customer gateway's point of view.
 *
 * @param number the tunnel's number in its source (1 or 2); identify tunnels by
 *               {@link #awsOutsideAddress()}, since order differs between sources
 * @param customerOutsideAddress may be null when the sample shows a placeholder
 * @param insideCidr the inside network, {@code 169.254.x.y/30}; null (with both inside addresses)
 *               only for a policy-based sample, which states none (see SampleNote.Kind#INSIDE_NOT_STATED)
 * @param awsAsn null for static routing
 * @param customerAsn null for static routing
 * @param holdTime BGP hold time, null for static routing
 * @param dpdIntervalSeconds null when the source does not say
 * @param dpdRetries null when the source does not say
 * @param dpdTimeoutSeconds AWS's dead peer detection timeout (tunnel option
 *               {@code DpdTimeoutSeconds}); null when the source does not say
 * @param tcpMss null when the source does not say
 * @param lines zero-based line in the source where each field was read
 */
public record AwsTunnel(int number, String awsOutsideAddress, String customerOutsideAddress, String insideCidr,
        String awsInsideAddress, String customerInsideAddress, PresharedKey presharedKey, Long awsAsn,
        Long customerAsn, Integer holdTime, IkeParameters ike, IpsecParameters ipsec, Integer dpdIntervalSeconds,
        Integer dpdRetries, Integer dpdTimeoutSeconds, Integer tcpMss, Map<SampleField, Integer> lines) {

    /** The original constructor, without a DPD timeout (kept for existing callers). */
    public AwsTunnel(int number, String awsOutsideAddress, String customerOutsideAddress, String insideCidr,
            String awsInsideAddress, String customerInsideAddress, PresharedKey presharedKey, Long awsAsn,
            Long customerAsn, Integer holdTime, IkeParameters ike, IpsecParameters ipsec, Integer dpdIntervalSeconds,
            Integer dpdRetries, Integer tcpMss, Map<SampleField, Integer> lines) {
        this(number, awsOutsideAddress, customerOutsideAddress, insideCidr, awsInsideAddress, customerInsideAddress,
                presharedKey, awsAsn, customerAsn, holdTime, ike, ipsec, dpdIntervalSeconds, dpdRetries, null, tcpMss,
                lines);
    }

    /**
     * Whether the source states a tunnel option itself (DescribeVpnConnections tunnel options).
     * Only then is the value everything AWS accepts on this tunnel: every sample rendering (Cisco,
     * XML, Generic) shows AWS's minimum (AES128, SHA1, group 2, 28800/3600 s) whatever the options
     * are, and a tunnel whose options were never customised accepts all AWS supports.
     */
    public boolean states(SampleField option) {
        return option.isTunnelOption() && lines.containsKey(option);
    }

    /** The source line of a field, or -1 when unknown. */
    public int lineOf(SampleField field) {
        Integer line = lines.get(field);
        return line == null ? -1 : line;
    }
}
