package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;

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

    /** The English name, for logs and the converter's comments. */
    public String label() {
        return label;
    }

    /** The name a user reads in a message, in both languages ({@link #label()} is its English). */
    public LocalizedText text() {
        return switch (this) {
            case CISCO_IOS -> Messages.text("aws.format.ciscoIos");
            case CISCO_IOS_FLATTENED -> Messages.text("aws.format.ciscoIosFlattened");
            case XML -> Messages.text("aws.format.xml");
            case DESCRIBE_JSON -> Messages.text("aws.format.describeJson");
            case GENERIC -> Messages.text("aws.format.generic");
            case CISCO_ASA -> Messages.text("aws.format.ciscoAsa");
            case DEVICE_SAMPLE_JSON -> Messages.text("aws.format.deviceSampleJson");
            case TERRAFORM -> Messages.text("aws.format.terraform");
        };
    }
}
