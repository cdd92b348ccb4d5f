package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.assertAddressing;
import static dev.ixls.aws.SampleAssertions.assertBgp;
import static dev.ixls.aws.SampleAssertions.assertMinimumIke;
import static dev.ixls.aws.SampleAssertions.assertMinimumIpsec;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static dev.ixls.aws.SampleAssertions.assertStatic;
import static dev.ixls.aws.SampleAssertions.core;
import static dev.ixls.aws.SampleAssertions.lineContaining;
import static dev.ixls.aws.SampleAssertions.read;
import static dev.ixls.aws.SampleAssertions.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The sample layouts AWS has shipped beyond the current Cisco IOS / Generic / XML / JSON ones
 * (test-fixtures/aws/README.md says where each layout was seen), read fact by fact.
 */
class SampleLayoutsTest {

    private static final Map<String, SampleFormat> DETECTED = Map.ofEntries(
            Map.entry("aws/cisco-ios-doc-placeholders.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-static-doc-placeholders.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-vrf-2009.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-ikev2-bgp.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-asa-vti-bgp.txt", SampleFormat.CISCO_ASA),
            Map.entry("aws/cisco-asa-policy-based.txt", SampleFormat.CISCO_ASA),
            Map.entry("aws/generic-doc-placeholders.txt", SampleFormat.GENERIC),
            Map.entry("aws/generic-2009-one-tunnel.txt", SampleFormat.GENERIC),
            Map.entry("aws/describe-vpn-connections-per-tunnel.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/describe-vpn-connections-ix-cannot.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/create-vpn-connection.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/describe-vpn-connections-2013.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/device-sample-cisco-ios.json", SampleFormat.DEVICE_SAMPLE_JSON),
            Map.entry("aws/terraform.tfstate", SampleFormat.TERRAFORM),
            Map.entry("aws/terraform-show.json", SampleFormat.TERRAFORM));

    @Test
    void everyLayoutIsDetectedByContent() {
        DETECTED.forEach((fixture, format) ->
                assertEquals(Optional.of(format), AwsSampleReader.detect(Fixtures.read(fixture)), fixture));
    }

    /** AWS's documented Cisco IOS example: `router bgp YOUR_BGP_ASN` is still BGP, with both neighbors and AWS's ASN. */
    @Test
    void ciscoDocumentationExampleKeepsBgpWithAPlaceholderAsn() {
        String text = Fixtures.read("aws/cisco-ios-doc-placeholders.txt");
        AwsSample s = read("aws/cisco-ios-doc-placeholders.txt");
        assertEquals(Routing.BGP, s.routing());
        assertEquals("vpn-5c7e2a91", s.connectionId());
        assertTrue(s.customerAsnMissing());
        AwsTunnel t1 = tunnel(s, "35.76.102.14");
        assertAddressing(t1, 1, "35.76.102.14", null, "169.254.201.4/30", "169.254.201.5", "169.254.201.6",
                "Rq3vX8nLpT2wYk7aZ5dM0cJhB4sFgE9u");
        assertEquals(7224L, t1.awsAsn());
        assertNull(t1.customerAsn());
        assertEquals(30, t1.holdTime());
        assertEquals(1387, t1.tcpMss());
        assertEquals(7224L, tunnel(s, "13.231.88.203").awsAsn());
        List<SampleNote> asn = s.notes(SampleNote.Kind.CUSTOMER_ASN_PLACEHOLDER);
        assertEquals(2, asn.size());
        assertEquals("YOUR_BGP_ASN", asn.get(0).shown());
        assertEquals(lineContaining(text, "router bgp YOUR_BGP_ASN"), asn.get(0).line());
        assertEquals("YOUR_UPLINK_ADDRESS", s.notes(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER).get(0).shown());
        assertEquals(List.of(), s.notes(SampleNote.Kind.KEY_PLACEHOLDER));
    }

    @Test
    void staticDocumentationExampleNamesItsPlaceholderKeys() {
        AwsSample s = read("aws/cisco-ios-static-doc-placeholders.txt");
        assertEquals(Routing.STATIC, s.routing());
        assertEquals(2, s.notes(SampleNote.Kind.KEY_PLACEHOLDER).size());
        assertTrue(s.notes(SampleNote.Kind.KEY_PLACEHOLDER).stream().allMatch(n -> n.shown().isEmpty()));
        assertEquals("CUSTOMER_IP", s.notes(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER).get(0).shown());
        assertEquals("169.254.62.17", tunnel(s, "18.176.44.9").awsInsideAddress()); // from the ip sla probe
    }

    @Test
    void ciscoVrfRenderingOf2009() {
        AwsSample s = read("aws/cisco-ios-vrf-2009.txt");
        assertEquals("vpn-2f8a6c3e", s.connectionId());
        AwsTunnel t = tunnel(s, "72.21.209.67");
        assertAddressing(t, 2, "72.21.209.67", null, "169.254.255.16/30", "169.254.255.17", "169.254.255.18",
                "Gt4Lw7Yp1Kc9Xb2Nq6Zm3Jd8Vh5Rf0Sa");
        assertBgp(t, 7224, 65000, 30);
        assertEquals(1396, t.tcpMss());
        // `tunnel source FastEthernet0`: an interface, not an address, and not shown (it could be anything)
        SampleNote address = s.notes(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER).get(0);
        assertEquals("", address.shown());
    }

    @Test
    void ciscoIkev2RenderingReadsProposalsKeyringPeersAndProfiles() {
        String text = Fixtures.read("aws/cisco-ios-ikev2-bgp.txt");
        AwsSample s = read("aws/cisco-ios-ikev2-bgp.txt");
        assertEquals(SampleFormat.CISCO_IOS, s.format());
        AwsTunnel t = tunnel(s, "52.69.18.156");
        assertAddressing(t, 2, "52.69.18.156", null, "169.254.91.216/30", "169.254.91.217", "169.254.91.218",
                "Zb5Kx8Wm2Qc7Ln1Ty4Hv9Rp3Gd6Sf0Ej");
        assertBgp(t, 64512, 65020, 30);
        assertEquals(List.of(Cipher.AES128), t.ike().encryption());
        assertEquals(List.of(Integrity.SHA1), t.ike().integrity());
        assertEquals(List.of(2), t.ike().dhGroups());
        assertEquals(28800, t.ike().lifetimeSeconds());
        assertEquals(List.of("ikev2"), t.ike().versions());
        assertMinimumIpsec(t.ipsec());
        assertEquals(10, t.dpdIntervalSeconds());
        assertEquals(lineContaining(text, "crypto ikev2 proposal PROPOSAL2"), t.lineOf(SampleField.IKE));
        assertEquals(lineContaining(text, "pre-shared-key Zb5Kx8"), t.lineOf(SampleField.PRESHARED_KEY));
    }

    /** The same IKEv2 text with its line breaks lost still reads as the same facts. */
    @Test
    void ciscoIkev2RenderingSurvivesLostLineBreaks() throws Exception {
        String text = Fixtures.read("aws/cisco-ios-ikev2-bgp.txt");
        String flat = text.replaceAll("\n(?!\n)", " ");
        AwsSample broken = AwsSampleReader.read(flat);
        AwsSample whole = read("aws/cisco-ios-ikev2-bgp.txt");
        for (AwsTunnel t : whole.tunnels()) {
            assertEquals(core(t), core(tunnel(broken, t.awsOutsideAddress())));
        }
    }

    @Test
    void asaRouteBasedSample() {
        AwsSample s = read("aws/cisco-asa-vti-bgp.txt");
        assertEquals(SampleFormat.CISCO_ASA, s.format());
        assertEquals("vpn-0e2d4f6a8b0c1d3e5", s.connectionId());
        AwsTunnel t = tunnel(s, "13.112.176.91");
        assertAddressing(t, 1, "13.112.176.91", null, "169.254.142.68/30", "169.254.142.69", "169.254.142.70",
                "Wd3Rf8Tg1Yh6Uj9Ik2Ol5Pa7Sq0Zx4Cv");
        assertBgp(t, 64512, 65010, 30);
        assertMinimumIke(t.ike(), List.of("ikev1"));
        assertMinimumIpsec(t.ipsec());
        assertEquals(1379, t.tcpMss()); // sysopt connection tcpmss
        assertEquals(10, t.dpdIntervalSeconds()); // isakmp keepalive threshold 10 retry 10
        assertEquals("'outside_interface'", s.notes(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER).get(0).shown());
    }

    @Test
    void asaPolicyBasedSampleHasNoInsideAddresses() {
        AwsSample s = read("aws/cisco-asa-policy-based.txt");
        assertEquals(Routing.STATIC, s.routing());
        AwsTunnel t = tunnel(s, "18.181.6.253");
        assertEquals(2, t.number());
        assertNull(t.insideCidr());
        assertNull(t.customerInsideAddress());
        assertTrue(t.presharedKey().matches("Lp2Ko6Ji0Hu4Gy8Ft3Dr7Se1Aw5Qx9Zc"));
        assertStatic(t);
        assertMinimumIke(t.ike(), List.of("ikev1"));
        assertMinimumIpsec(t.ipsec()); // from the crypto map entry
        assertEquals(2, s.notes(SampleNote.Kind.INSIDE_NOT_STATED).size());
        assertEquals(1, s.notes(SampleNote.Kind.VPC_CIDR_PLACEHOLDER).size());
    }

    @Test
    void asaDocumentationExampleWithPlaceholderEndpointsIsRefusedSayingSo() {
        String doc = Fixtures.read("aws/cisco-asa-policy-based.txt").replace("35.73.140.22", "AWS_ENDPOINT_1")
                .replace("18.181.6.253", "AWS_ENDPOINT_2");
        assertRejected(doc, "placeholders", "AWS_ENDPOINT_1");
    }

    /** A real ACL gives the VPC CIDR, which a policy-based sample then offers as the static route. */
    @Test
    void asaPolicyBasedSampleWithARealAclStatesTheVpcCidr() throws Exception {
        String text = Fixtures.read("aws/cisco-asa-policy-based.txt").replace("vpc_subnet vpc_subnet_mask",
                "10.20.0.0 255.255.0.0");
        AwsSample s = AwsSampleReader.read(text);
        assertEquals("10.20.0.0/16", s.notes(SampleNote.Kind.VPC_CIDR_STATED).get(0).shown());
        assertEquals(List.of(), s.notes(SampleNote.Kind.VPC_CIDR_PLACEHOLDER));
    }

    @Test
    void genericDocumentationExample() {
        AwsSample s = read("aws/generic-doc-placeholders.txt");
        assertEquals(Routing.BGP, s.routing());
        AwsTunnel t = tunnel(s, "52.194.7.48");
        assertAddressing(t, 2, "52.194.7.48", null, "169.254.120.8/30", "169.254.120.9", "169.254.120.10",
                "Tg2Yh7Uj1Ik6Ol3Pa8Sq5Zx0Cv4Bn9Mm");
        assertEquals(7224L, t.awsAsn());
        assertNull(t.customerAsn());
        assertEquals("YOUR_BGP_ASN", s.notes(SampleNote.Kind.CUSTOMER_ASN_PLACEHOLDER).get(0).shown());
        // `- Customer Gateway:        : YOUR_UPLINK_ADDRESS`: the extra colon does not hide the placeholder
        assertEquals("YOUR_UPLINK_ADDRESS", s.notes(SampleNote.Kind.CUSTOMER_ADDRESS_PLACEHOLDER).get(0).shown());
        assertEquals("1436", s.notes(SampleNote.Kind.TUNNEL_MTU).get(0).shown());
    }

    /** The 2009 rendering: "VPN Gateway" labels, phase 1's group labelled "Perfect Forward Secrecy", one tunnel. */
    @Test
    void generic2009RenderingWithOneTunnel() {
        AwsSample s = read("aws/generic-2009-one-tunnel.txt");
        assertEquals("vpn-4a7c2e90", s.connectionId());
        assertEquals(1, s.tunnels().size());
        AwsTunnel t = s.tunnels().get(0);
        assertAddressing(t, 1, "72.21.209.44", "198.51.100.77", "169.254.255.24/30", "169.254.255.25",
                "169.254.255.26", "c4Vn8Xr2Kq6Wm1Tz5Lp9Hy3Bd7Gf0Sj");
        assertBgp(t, 7224, 65000, 30);
        assertMinimumIke(t.ike(), List.of());
        assertMinimumIpsec(t.ipsec());
        assertEquals(1, s.notes(SampleNote.Kind.SINGLE_TUNNEL).size());
    }

    @Test
    void tunnelOptionsThatDifferPerTunnelStayWithTheirTunnel() {
        AwsSample s = read("aws/describe-vpn-connections-per-tunnel.json");
        AwsTunnel t1 = tunnel(s, "54.178.64.19");
        AwsTunnel t2 = tunnel(s, "35.74.230.6");
        assertEquals(List.of(Cipher.AES256), t1.ike().encryption());
        assertEquals(List.of(14, 15), t1.ike().dhGroups());
        assertEquals(14400, t1.ike().lifetimeSeconds());
        assertEquals(1800, t1.ipsec().lifetimeSeconds());
        assertEquals(List.of(Cipher.AES128), t2.ike().encryption());
        assertEquals(List.of(Integrity.SHA1, Integrity.SHA2_256), t2.ike().integrity());
        assertEquals(List.of(2, 5), t2.ipsec().pfsGroups());
        assertTrue(t1.states(SampleField.PHASE1_DH_GROUPS) && t2.states(SampleField.PHASE2_DH_GROUPS));
    }

    @Test
    void createVpnConnectionOutput() {
        AwsSample s = read("aws/create-vpn-connection.json");
        assertEquals("vpn-0e6a8c0d2f4b6d8f0", s.connectionId());
        assertEquals(Routing.STATIC, s.routing());
        assertEquals("169.254.51.4/30", tunnel(s, "52.68.143.210").insideCidr());
    }

    /** Before tunnel options (2019), Options held StaticRoutesOnly only: the XML is all there is. */
    @Test
    void describeVpnConnectionsFromBeforeTunnelOptions() {
        AwsSample s = read("aws/describe-vpn-connections-2013.json");
        assertEquals("vpn-6b2e8a14", s.connectionId());
        AwsTunnel t = tunnel(s, "72.21.209.119");
        assertBgp(t, 7224, 65000, 30);
        assertMinimumIke(t.ike(), List.of());
        assertFalse(t.states(SampleField.PHASE1_ENCRYPTION));
    }

    /** The device-sample JSON holds the Cisco text of connection A: the same facts, every line on the string's line. */
    @Test
    void deviceSampleJsonReadsTheSampleInsideTheString() {
        AwsSample wrapped = read("aws/device-sample-cisco-ios.json");
        AwsSample plain = read("aws/cisco-ios-bgp.txt");
        assertEquals(SampleFormat.CISCO_IOS, wrapped.format());
        assertEquals(plain.connectionId(), wrapped.connectionId());
        for (AwsTunnel t : plain.tunnels()) {
            AwsTunnel w = tunnel(wrapped, t.awsOutsideAddress());
            assertEquals(core(t), core(w));
            assertTrue(w.lines().values().stream().allMatch(line -> line == 1), w.lines().toString());
        }
    }

    @Test
    void deviceSampleJsonForADeviceIxlsDoesNotReadSaysSo() {
        String junos = "{\"VpnConnectionDeviceSampleConfiguration\": \"# Amazon Web Services\\nset security ike "
                + "proposal ike-prop-vpn-1 authentication-method pre-shared-keys\\n\"}";
        assertRejected(junos, "device ixls does not read");
    }

    @Test
    void textSamplesAreNotSeenAsFlattenedAfterAllTheIkev2AndAsaLines() {
        for (String fixture : List.of("aws/cisco-ios-ikev2-bgp.txt", "aws/cisco-ios-doc-placeholders.txt",
                "aws/cisco-ios-vrf-2009.txt")) {
            assertFalse(AwsSampleReader.detect(Fixtures.read(fixture)).orElseThrow() == SampleFormat.CISCO_IOS_FLATTENED,
                    fixture);
        }
    }

    /** AWS's documented Generic example gives both tunnels the same AWS outside address: refused, not merged. */
    @Test
    void twoTunnelsWithOneOutsideAddressAreRefused() {
        String text = Fixtures.read("aws/generic-doc-placeholders.txt").replace("52.194.7.48", "3.114.52.201");
        assertRejected(text, "tunnel 1 and tunnel 2 have the same AWS outside address 3.114.52.201");
    }
}
