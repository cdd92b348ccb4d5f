package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.assertAddressing;
import static dev.ixls.aws.SampleAssertions.assertBgp;
import static dev.ixls.aws.SampleAssertions.assertMinimumIke;
import static dev.ixls.aws.SampleAssertions.assertMinimumIpsec;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static dev.ixls.aws.SampleAssertions.assertStatic;
import static dev.ixls.aws.SampleAssertions.lineContaining;
import static dev.ixls.aws.SampleAssertions.read;
import static dev.ixls.aws.SampleAssertions.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribeVpnConnectionsReaderTest {

    private static final String CUSTOM = "aws/describe-vpn-connections.json";
    private static final String SEVERAL = "aws/describe-vpn-connections-several.json";
    private static final String BARE = "aws/describe-vpn-connection-bare.json";

    @Test
    void tunnelOptionsOverrideTheXmlsMinimumParameters() {
        String text = Fixtures.read(CUSTOM);
        AwsSample sample = read(CUSTOM);
        assertEquals("vpn-0a1b2c3d4e5f60718", sample.connectionId());
        assertEquals(SampleFormat.DESCRIBE_JSON, sample.format());
        assertEquals(Routing.BGP, sample.routing());

        for (AwsTunnel t : sample.tunnels()) {
            assertEquals(List.of(Cipher.AES256), t.ike().encryption(), "phase 1 encryption");
            assertEquals(List.of(Integrity.SHA2_256), t.ike().integrity(), "phase 1 integrity");
            assertEquals(List.of(14), t.ike().dhGroups(), "phase 1 DH groups");
            assertEquals(14400, t.ike().lifetimeSeconds(), "phase 1 lifetime");
            assertEquals(List.of("ikev2"), t.ike().versions());
            assertEquals("main", t.ike().mode(), "mode from the XML");
            assertEquals(List.of(Cipher.AES256, Cipher.AES256_GCM16), t.ipsec().encryption(), "phase 2 encryption");
            assertEquals(List.of(Integrity.SHA2_256), t.ipsec().integrity());
            assertEquals(List.of(14), t.ipsec().pfsGroups());
            assertEquals(1800, t.ipsec().lifetimeSeconds());
            assertEquals(40, t.dpdTimeoutSeconds());
            assertEquals(10, t.dpdIntervalSeconds(), "from the XML");
            assertEquals(3, t.dpdRetries(), "from the XML");
            assertEquals(1379, t.tcpMss());
            assertBgp(t, 64512, 65000, 30);
        }
        // The XML lists tunnel 3.112.45.201 first; TunnelOptions list it second.
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "3.112.45.201", "203.0.113.10", "169.254.44.8/30", "169.254.44.9", "169.254.44.10",
                "7K9Od3koojYNyebTyUFQGlZWyztIiZBr");
        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "54.95.12.87", "203.0.113.10", "169.254.201.36/30", "169.254.201.37",
                "169.254.201.38", "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw");

        int xmlLine = lineContaining(text, "\"CustomerGatewayConfiguration\"");
        assertEquals(xmlLine, t1.lineOf(SampleField.AWS_ASN), "XML facts point at the XML string's line");
        assertEquals(lineContaining(text, "\"PreSharedKey\": \"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\""),
                t1.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(lineContaining(text, "\"TunnelInsideCidr\": \"169.254.201.36/30\""),
                t2.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(lineContaining(text, "\"Phase1LifetimeSeconds\"", 2), t1.lineOf(SampleField.IKE),
                "the first phase 1 option of the second TunnelOptions entry");
        assertEquals(lineContaining(text, "\"DpdTimeoutSeconds\"", 1), t2.lineOf(SampleField.DPD));
    }

    @Test
    void optionsMatchTunnelsByOutsideAddressNotPosition() throws SampleFormatException {
        // Give only 54.95.12.87 (listed first in TunnelOptions, second in the XML) a new key and CIDR.
        String text = Fixtures.read(CUSTOM)
                .replace("\"PreSharedKey\": \"xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw\"",
                        "\"PreSharedKey\": \"w44bia8Gz7sIcy4dDoKko9DwtSfIif7a\"")
                .replace("\"TunnelInsideCidr\": \"169.254.201.36/30\"", "\"TunnelInsideCidr\": \"169.254.99.20/30\"");
        AwsSample sample = AwsSampleReader.read(text);
        AwsTunnel changed = tunnel(sample, "54.95.12.87");
        assertTrue(changed.presharedKey().matches("w44bia8Gz7sIcy4dDoKko9DwtSfIif7a"));
        assertEquals("169.254.99.20/30", changed.insideCidr());
        assertEquals("169.254.99.21", changed.awsInsideAddress(), "AWS takes the first usable address");
        assertEquals("169.254.99.22", changed.customerInsideAddress());
        AwsTunnel unchanged = tunnel(sample, "3.112.45.201");
        assertTrue(unchanged.presharedKey().matches("7K9Od3koojYNyebTyUFQGlZWyztIiZBr"));
        assertEquals("169.254.44.8/30", unchanged.insideCidr());
    }

    @Test
    void severalConnectionsSkippingADeletedOne() throws SampleFormatException {
        List<AwsSample> samples = AwsSampleReader.readAll(Fixtures.read(SEVERAL));
        assertEquals(2, samples.size());

        AwsSample a = samples.get(0);
        assertEquals("vpn-0a1b2c3d4e5f60718", a.connectionId());
        assertEquals(Routing.BGP, a.routing());
        AwsTunnel a1 = a.tunnels().get(0);
        assertAddressing(a1, 1, "3.112.45.201", "203.0.113.10", "169.254.44.8/30", "169.254.44.9", "169.254.44.10",
                "7K9Od3koojYNyebTyUFQGlZWyztIiZBr");
        assertMinimumIke(a1.ike(), List.of());
        assertMinimumIpsec(a1.ipsec());
        assertEquals(null, a1.dpdTimeoutSeconds());

        AwsSample b = samples.get(1);
        assertEquals("vpn-05c4d3e2f1a0b9c88", b.connectionId());
        assertEquals(Routing.STATIC, b.routing());
        AwsTunnel b2 = b.tunnels().get(1);
        assertAddressing(b2, 2, "35.74.190.3", "198.51.100.23", "169.254.17.216/30", "169.254.17.217",
                "169.254.17.218", "kktlpEhzCZL1hq.L6GYhq_fLJ30etd6l");
        assertStatic(b2);

        assertRejected(Fixtures.read(SEVERAL), "holds 2 VPN connections", "vpn-0a1b2c3d4e5f60718",
                "vpn-05c4d3e2f1a0b9c88");
    }

    @Test
    void bareConnectionObject() {
        AwsSample sample = read(BARE);
        assertEquals("vpn-05c4d3e2f1a0b9c88", sample.connectionId());
        assertEquals(SampleFormat.DESCRIBE_JSON, sample.format());
        assertEquals(Routing.STATIC, sample.routing());
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "13.230.77.14", "198.51.100.23", "169.254.90.140/30", "169.254.90.141",
                "169.254.90.142", "uxGv0rDR8l6jrc4GsWVsfUuezyeG5T3w");
        assertStatic(t1);
        assertMinimumIke(t1.ike(), List.of());
    }

    @Test
    void problemsAreNamed() {
        String text = Fixtures.read(CUSTOM);
        assertRejected(text.replace("\"OutsideIpAddress\": \"54.95.12.87\"", "\"OutsideIpAddress\": \"54.95.12.88\""),
                "DescribeVpnConnections JSON", "TunnelOptions for 54.95.12.88 match no tunnel");
        assertRejected(text.replaceFirst("\"Value\": \"AES256\"", "\"Value\": \"AES512\""), "'AES512'",
                "not understood");
        assertRejected(text.replaceFirst("\"PreSharedKey\": \"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\"",
                "\"PreSharedKey\": 12345678"), "PreSharedKey is not a string");
        assertRejected(text + "{}", "not well-formed");
        assertRejected(text.replace("\"VpnConnectionId\": \"vpn-0a1b2c3d4e5f60718\"",
                "\"VpnConnectionId\": \"vpn-0a1b2c3d4e5f60719\""), "describes vpn-0a1b2c3d4e5f60718");
        int xmlStart = text.indexOf("\"CustomerGatewayConfiguration\"");
        int xmlEnd = text.indexOf("\"CustomerGatewayId\"");
        String withoutXml = text.substring(0, xmlStart) + text.substring(xmlEnd);
        assertRejected(withoutXml, "has no CustomerGatewayConfiguration");
        assertRejected(Fixtures.read("aws/bad/truncated.json"), "DescribeVpnConnections JSON", "not well-formed");
        assertRejected("{\"VpnConnections\": 5}", "not a JSON array");
        assertRejected("{\"VpnConnections\": []}", "no VPN connection");
    }
}
