package dev.ixls.aws;

/** The formats of AWS Site-to-Site VPN configuration that ixls understands. */
public enum SampleFormat {
    CISCO_IOS("Cisco IOS sample"),
    CISCO_IOS_FLATTENED("Cisco IOS sample with its line breaks lost"),
    XML("CustomerGatewayConfiguration XML"),
    DESCRIBE_JSON("DescribeVpnConnections JSON"),
    GENERIC("Generic text sample"),
    CISCO_ASA("Cisco ASA sample"),
    /** {@code aws ec2 get-vpn-connection-device-sample-configuration}: a vendor sample inside a JSON string. */
    DEVICE_SAMPLE_JSON("GetVpnConnectionDeviceSampleConfiguration JSON"),
    /** A Terraform state file or {@code terraform show -json} output holding {@code aws_vpn_connection} resources. */
    TERRAFORM("Terraform state (aws_vpn_connection)");

    private final String label;

    SampleFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
