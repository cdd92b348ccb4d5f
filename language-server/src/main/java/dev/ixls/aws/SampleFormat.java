package dev.ixls.aws;

/** The formats of AWS Site-to-Site VPN configuration that ixls understands. */
public enum SampleFormat {
    CISCO_IOS("Cisco IOS sample"),
    CISCO_IOS_FLATTENED("Cisco IOS sample with its line breaks lost"),
    XML("CustomerGatewayConfiguration XML"),
    DESCRIBE_JSON("DescribeVpnConnections JSON"),
    GENERIC("Generic text sample");

    private final String label;

    SampleFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
