package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.assertAddressing;
import static dev.ixls.aws.SampleAssertions.assertBgp;
import static dev.ixls.aws.SampleAssertions.assertMinimumIke;
import static dev.ixls.aws.SampleAssertions.assertMinimumIpsec;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static dev.ixls.aws.SampleAssertions.assertStatic;
import static dev.ixls.aws.SampleAssertions.lineContaining;
import static dev.ixls.aws.SampleAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ixls.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerGatewayXmlReaderTest {

    private static final String BGP = "aws/customer-gateway-bgp.xml";
    private static final String STATIC = "aws/customer-gateway-static.xml";

    @Test
    void bgpXml() {
        String text = Fixtures.read(BGP);
        AwsSample sample = read(BGP);
        assertEquals("vpn-0a1b2c3d4e5f60718", sample.connectionId());
        assertEquals(SampleFormat.XML, sample.format());
        assertEquals(Routing.BGP, sample.routing());
        assertEquals(2, sample.tunnels().size());

        // The XML lists the connection's second tunnel first: numbers follow the source.
        AwsTunnel first = sample.tunnels().get(0);
        assertAddressing(first, 1, "54.95.12.87", "203.0.113.10", "169.254.201.36/30", "169.254.201.37",
                "169.254.201.38", "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw");
        assertBgp(first, 64512, 65000, 30);
        assertMinimumIke(first.ike(), List.of());
        assertMinimumIpsec(first.ipsec());
        assertEquals(1379, first.tcpMss());
        assertEquals(10, first.dpdIntervalSeconds());
        assertEquals(3, first.dpdRetries());

        AwsTunnel second = sample.tunnels().get(1);
        assertAddressing(second, 2, "3.112.45.201", "203.0.113.10", "169.254.44.8/30", "169.254.44.9",
                "169.254.44.10", "7K9Od3koojYNyebTyUFQGlZWyztIiZBr");
        assertBgp(second, 64512, 65000, 30);

        assertEquals(lineContaining(text, "<ip_address>3.112.45.201</ip_address>"),
                second.lineOf(SampleField.AWS_OUTSIDE_ADDRESS));
        assertEquals(lineContaining(text, "<pre_shared_key>7K9Od3koojYNyebTyUFQGlZWyztIiZBr"),
                second.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(lineContaining(text, "<ip_address>169.254.44.10</ip_address>"),
                second.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(lineContaining(text, "<ike>", 2), second.lineOf(SampleField.IKE));
        assertEquals(lineContaining(text, "<asn>64512</asn>", 2), second.lineOf(SampleField.AWS_ASN));
        assertEquals(lineContaining(text, "<tcp_mss_adjustment>", 2), second.lineOf(SampleField.TCP_MSS));
    }

    @Test
    void staticXml() {
        AwsSample sample = read(STATIC);
        assertEquals("vpn-05c4d3e2f1a0b9c88", sample.connectionId());
        assertEquals(Routing.STATIC, sample.routing());
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "13.230.77.14", "198.51.100.23", "169.254.90.140/30", "169.254.90.141",
                "169.254.90.142", "uxGv0rDR8l6jrc4GsWVsfUuezyeG5T3w");
        assertStatic(t1);
        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "35.74.190.3", "198.51.100.23", "169.254.17.216/30", "169.254.17.217",
                "169.254.17.218", "kktlpEhzCZL1hq.L6GYhq_fLJ30etd6l");
        assertStatic(t2);
    }

    @Test
    void incompleteTunnelsAreNamed() {
        String text = Fixtures.read(BGP);
        assertRejected(text.replace("<pre_shared_key>7K9Od3koojYNyebTyUFQGlZWyztIiZBr</pre_shared_key>", ""),
                "CustomerGatewayConfiguration XML", "tunnel 2 (AWS 3.112.45.201) has no pre-shared key");
        assertRejected(text.replace("<ip_address>54.95.12.87</ip_address>", ""),
                "tunnel 1 has no AWS outside address");
        String noInside = text.replaceAll("(?s)<tunnel_inside_address>.*?</tunnel_inside_address>", "");
        assertRejected(noInside, "tunnel 1 (AWS 54.95.12.87) has no inside addresses");
        assertRejected(text.replaceFirst("(?s)<ike>.*?</ike>", ""), "tunnel 1 (AWS 54.95.12.87) has no pre-shared key");
        assertRejected(text.replaceFirst("<encryption_protocol>aes-128-cbc</encryption_protocol>", ""),
                "<ike> has no <encryption_protocol>");
        assertRejected(text.replaceFirst("aes-128-cbc", "aes-512-xts"), "'aes-512-xts' is not understood");
        assertRejected(text.replace("<ip_address>169.254.201.37</ip_address>", "<ip_address>169.254.201.41</ip_address>"),
                "169.254.201.41 is not a usable address of 169.254.201.36/30");
        assertRejected(text.replace("<network_cidr>30</network_cidr>", "<network_cidr>29</network_cidr>")
                .replace("<network_mask>255.255.255.252</network_mask>", ""), "/29");
    }

    @Test
    void truncatedXmlIsNotWellFormed() {
        assertRejected(Fixtures.read("aws/bad/truncated.xml"), "CustomerGatewayConfiguration XML", "not well-formed");
    }

    @Test
    void otherXmlIsNotACustomerGatewayConfiguration() {
        SampleFormatException e = assertRejected("<?xml version=\"1.0\"?>\n<project><name>x</name></project>\n",
                "not a CustomerGatewayConfiguration");
        SampleAssertions.assertNamesFormats(e.getMessage());
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-FILE-CONTENT");
        String attack = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE vpn_connection [ <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\"> ]>\n"
                + "<vpn_connection id=\"vpn-0a1b2c3d4e5f60718\"><ipsec_tunnel><ike>"
                + "<pre_shared_key>&xxe;</pre_shared_key></ike></ipsec_tunnel></vpn_connection>\n";
        SampleFormatException e = assertRejected(attack, "CustomerGatewayConfiguration XML", "DTD");
        assertFalse(e.getMessage().contains("TOP-SECRET"));
        String billionLaughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE vpn_connection [ <!ENTITY a \"aaaaaaaaaa\">"
                + " <!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"> <!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"> ]>\n"
                + "<vpn_connection id=\"&c;\"></vpn_connection>\n";
        assertRejected(billionLaughs, "CustomerGatewayConfiguration XML", "DTD");
    }
}
