package dev.ixls.aws;

/**
 * Something a reader saw in a sample and could not take as a fact, so that whoever uses the
 * sample (the converter, above all) can say so instead of dropping it silently.
 *
 * @param tunnel the tunnel's number in the sample, or 0 for the whole connection
 * @param line   zero-based source line, or -1
 * @param shown  the sample's own text where it is safe to print (a placeholder such as
 *               {@code YOUR_BGP_ASN}); never a pre-shared key, and "" when nothing may be shown
 */
public record SampleNote(Kind kind, int tunnel, int line, String shown) {

    public enum Kind {
        /** {@code router bgp YOUR_BGP_ASN}, {@code Customer Gateway ASN : YOUR_BGP_ASN}: BGP, but the customer ASN is not given. */
        CUSTOMER_ASN_PLACEHOLDER,
        /** The customer gateway's outside address is a placeholder or an interface name, not an address. */
        CUSTOMER_ADDRESS_PLACEHOLDER,
        /** A pre-shared key AWS could not have issued (a documentation placeholder such as {@code PASSWORD}). */
        KEY_PLACEHOLDER,
        /** The sample holds one tunnel where an AWS VPN connection has two. */
        SINGLE_TUNNEL,
        /** A policy-based sample (crypto map) states no tunnel inside addresses. */
        INSIDE_NOT_STATED,
        /** The VPC CIDR is a placeholder in the sample (the ASA crypto map ACL's {@code vpc_subnet vpc_subnet_mask}). */
        VPC_CIDR_PLACEHOLDER,
        /** The sample names the VPC CIDR (a policy-based ASA crypto map's ACL); {@code shown} is the prefix. */
        VPC_CIDR_STATED,
        /** The Generic sample's "Tunnel interface MTU" ({@code shown} is the number of bytes). */
        TUNNEL_MTU
    }

    public SampleNote {
        shown = shown == null ? "" : shown;
    }

    static SampleNote of(Kind kind, int tunnel, int line, String shown) {
        return new SampleNote(kind, tunnel, line, shown);
    }
}
