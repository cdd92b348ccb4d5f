package dev.ixls.aws;

/** The facts of a tunnel whose source line a reader records, for "expected value comes from here" links. */
public enum SampleField {
    AWS_OUTSIDE_ADDRESS,
    CUSTOMER_OUTSIDE_ADDRESS,
    INSIDE_ADDRESSES,
    PRESHARED_KEY,
    AWS_ASN,
    CUSTOMER_ASN,
    HOLD_TIME,
    IKE,
    IPSEC,
    DPD,
    TCP_MSS,
    // Tunnel options a source states itself (DescribeVpnConnections TunnelOptions); see AwsTunnel#states.
    PHASE1_ENCRYPTION(true),
    PHASE1_INTEGRITY(true),
    PHASE1_DH_GROUPS(true),
    PHASE1_LIFETIME(true),
    IKE_VERSIONS(true),
    PHASE2_ENCRYPTION(true),
    PHASE2_INTEGRITY(true),
    PHASE2_DH_GROUPS(true),
    PHASE2_LIFETIME(true);

    private final boolean tunnelOption;

    SampleField() {
        this(false);
    }

    SampleField(boolean tunnelOption) {
        this.tunnelOption = tunnelOption;
    }

    /**
     * True for the tunnel options AWS lets a user customise. A reader records their lines only
     * when the source states the option itself, which makes its value everything AWS accepts.
     */
    public boolean isTunnelOption() {
        return tunnelOption;
    }
}
