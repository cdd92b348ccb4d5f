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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CiscoSampleReaderTest {

    private static final String SEED = "aws/seed-article-cisco-flattened.txt";
    private static final String BGP = "aws/cisco-ios-bgp.txt";
    private static final String STATIC = "aws/cisco-ios-static.txt";
    private static final String OLD = "aws/cisco-ios-bgp-old-crlf.txt";
    private static final String NEWER = "aws/cisco-ios-bgp-exit-address-family.txt";
    private static final String CUSTOM_ASN = "aws/cisco-ios-bgp-custom-asn.txt";

    @Test
    void seedArticleFlattenedText() {
        AwsSample sample = read(SEED);
        assertEquals("vpn-0e88bfbe4ce7ff72a", sample.connectionId(), "ID from the keyring names");
        assertEquals(SampleFormat.CISCO_IOS_FLATTENED, sample.format());
        assertEquals(Routing.BGP, sample.routing());
        assertEquals(2, sample.tunnels().size());

        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "18.182.91.31", null, "169.254.128.172/30", "169.254.128.173", "169.254.128.174",
                "hngyiJd8N5pulvK9QDMXZ02BDDLCz10K");
        assertBgp(t1, 64512, 65000, 30);
        assertMinimumIke(t1.ike(), List.of("ikev1"));
        assertMinimumIpsec(t1.ipsec());
        assertEquals(1379, t1.tcpMss());
        assertEquals(10, t1.dpdIntervalSeconds(), "from `keepalive threshold 10 retry 10`");
        assertNull(t1.dpdRetries());
        assertNull(t1.dpdTimeoutSeconds());

        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "52.198.204.130", null, "169.254.251.132/30", "169.254.251.133", "169.254.251.134",
                "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE");
        assertBgp(t2, 64512, 65000, 30);
        assertMinimumIke(t2.ike(), List.of("ikev1"));
        assertMinimumIpsec(t2.ipsec());
        assertEquals(1379, t2.tcpMss());
    }

    @Test
    void seedArticleLinesPointAtTheOriginalLines() {
        AwsSample sample = read(SEED);
        AwsTunnel t1 = sample.tunnels().get(0);
        // line 0: phase 1 of tunnel 1; line 2: its phase 2 and interface; line 4: tuning;
        // lines 5.. the first router bgp block
        assertEquals(0, t1.lineOf(SampleField.AWS_OUTSIDE_ADDRESS));
        assertEquals(0, t1.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(0, t1.lineOf(SampleField.IKE));
        assertEquals(0, t1.lineOf(SampleField.CUSTOMER_OUTSIDE_ADDRESS), "the placeholder's line");
        assertEquals(2, t1.lineOf(SampleField.IPSEC));
        assertEquals(2, t1.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(2, t1.lineOf(SampleField.TCP_MSS));
        assertEquals(4, t1.lineOf(SampleField.DPD));
        assertEquals(5, t1.lineOf(SampleField.CUSTOMER_ASN));
        assertEquals(6, t1.lineOf(SampleField.AWS_ASN));
        assertEquals(8, t1.lineOf(SampleField.HOLD_TIME));

        AwsTunnel t2 = sample.tunnels().get(1);
        assertEquals(1, t2.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(1, t2.lineOf(SampleField.IKE));
        assertEquals(3, t2.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(21, t2.lineOf(SampleField.CUSTOMER_ASN));
        assertEquals(22, t2.lineOf(SampleField.AWS_ASN));
        assertEquals(24, t2.lineOf(SampleField.HOLD_TIME));
    }

    @Test
    void currentBgpSample() {
        String text = Fixtures.read(BGP);
        AwsSample sample = read(BGP);
        assertEquals("vpn-0a1b2c3d4e5f60718", sample.connectionId(), "ID from the header");
        assertEquals(SampleFormat.CISCO_IOS, sample.format());
        assertEquals(Routing.BGP, sample.routing());
        assertEquals(2, sample.tunnels().size());

        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "3.112.45.201", null, "169.254.44.8/30", "169.254.44.9", "169.254.44.10",
                "7K9Od3koojYNyebTyUFQGlZWyztIiZBr");
        assertBgp(t1, 64512, 65000, 30);
        assertMinimumIke(t1.ike(), List.of("ikev1"));
        assertMinimumIpsec(t1.ipsec());
        assertEquals(1379, t1.tcpMss());
        assertEquals(10, t1.dpdIntervalSeconds());

        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "54.95.12.87", null, "169.254.201.36/30", "169.254.201.37", "169.254.201.38",
                "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw");
        assertBgp(t2, 64512, 65000, 30);
        assertMinimumIke(t2.ike(), List.of("ikev1"));
        assertMinimumIpsec(t2.ipsec());

        assertEquals(lineContaining(text, "pre-shared-key address 3.112.45.201"), t1.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(lineContaining(text, "pre-shared-key address 3.112.45.201"),
                t1.lineOf(SampleField.AWS_OUTSIDE_ADDRESS));
        assertEquals(lineContaining(text, "crypto isakmp policy 200"), t1.lineOf(SampleField.IKE));
        assertEquals(lineContaining(text, "crypto isakmp policy 201"), t2.lineOf(SampleField.IKE));
        assertEquals(lineContaining(text, "ipsec-prop-vpn-0a1b2c3d4e5f60718-1 esp-aes"), t2.lineOf(SampleField.IPSEC));
        assertEquals(lineContaining(text, "ip address 169.254.201.38"), t2.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(lineContaining(text, "ip tcp adjust-mss", 2), t2.lineOf(SampleField.TCP_MSS));
        assertEquals(lineContaining(text, "router bgp 65000", 2), t2.lineOf(SampleField.CUSTOMER_ASN));
        assertEquals(lineContaining(text, "neighbor 169.254.201.37 remote-as"), t2.lineOf(SampleField.AWS_ASN));
        assertEquals(lineContaining(text, "neighbor 169.254.201.37 timers"), t2.lineOf(SampleField.HOLD_TIME));
        assertEquals(lineContaining(text, "crypto isakmp keepalive"), t1.lineOf(SampleField.DPD));
    }

    @Test
    void staticSample() {
        String text = Fixtures.read(STATIC);
        AwsSample sample = read(STATIC);
        assertEquals("vpn-05c4d3e2f1a0b9c88", sample.connectionId());
        assertEquals(SampleFormat.CISCO_IOS, sample.format());
        assertEquals(Routing.STATIC, sample.routing());

        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "13.230.77.14", "198.51.100.23", "169.254.90.140/30", "169.254.90.141",
                "169.254.90.142", "uxGv0rDR8l6jrc4GsWVsfUuezyeG5T3w");
        assertStatic(t1);
        assertMinimumIke(t1.ike(), List.of("ikev1"));
        assertMinimumIpsec(t1.ipsec());
        assertEquals(1379, t1.tcpMss());

        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "35.74.190.3", "198.51.100.23", "169.254.17.216/30", "169.254.17.217",
                "169.254.17.218", "kktlpEhzCZL1hq.L6GYhq_fLJ30etd6l");
        assertStatic(t2);
        assertEquals(lineContaining(text, "tunnel source 198.51.100.23", 2), t2.lineOf(SampleField.CUSTOMER_OUTSIDE_ADDRESS));
        assertEquals(-1, t2.lineOf(SampleField.AWS_ASN));
    }

    @Test
    void staticSampleTakesTheAwsInsideAddressFromTheSlaProbe() throws SampleFormatException {
        // Swap the inside roles in tunnel 1: the customer gets .141, the probe targets .142.
        String text = Fixtures.read(STATIC)
                .replace("ip address 169.254.90.142 255.255.255.252", "ip address 169.254.90.141 255.255.255.252")
                .replace("icmp-echo 169.254.90.141", "icmp-echo 169.254.90.142");
        AwsTunnel t1 = AwsSampleReader.read(text).tunnels().get(0);
        assertEquals("169.254.90.141", t1.customerInsideAddress());
        assertEquals("169.254.90.142", t1.awsInsideAddress());
    }

    @Test
    void oldStyleSampleWithCrlfTabsAnd7224() {
        String text = Fixtures.read(OLD);
        assertTrue(text.contains("\r\n"), "the fixture must really use CRLF");
        assertTrue(text.contains("\t"), "the fixture's header must hold tabs");
        AwsSample sample = read(OLD);
        assertEquals("vpn-1a2b3c4d", sample.connectionId(), "ID from a header with tabs before the colon");
        assertEquals(SampleFormat.CISCO_IOS, sample.format());
        assertEquals(Routing.BGP, sample.routing());

        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "54.248.115.9", "192.0.2.44", "169.254.252.24/30", "169.254.252.25",
                "169.254.252.26", "9xQhXWdiGlyPr2wYJuvfvUNV8R00li1E");
        assertBgp(t1, 7224, 65000, 30);
        assertMinimumIke(t1.ike(), List.of("ikev1"));
        assertMinimumIpsec(t1.ipsec());
        assertEquals(1387, t1.tcpMss());
        assertEquals(10, t1.dpdIntervalSeconds(), "from `keepalive 10 10 on-demand`");

        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "54.248.115.73", "192.0.2.44", "169.254.252.28/30", "169.254.252.29",
                "169.254.252.30", "91jnkKKjGetJbPQ8EsLxG4gbd8QmhGKG");
        assertBgp(t2, 7224, 65000, 30);
        assertEquals(1387, t2.tcpMss());
        assertEquals(lineContaining(text, "pre-shared-key address 54.248.115.73"), t2.lineOf(SampleField.PRESHARED_KEY),
                "CRLF counts as one line break");
    }

    @Test
    void newerRenderingWithExitAddressFamily() {
        AwsSample sample = read(NEWER);
        assertEquals("vpn-0d4e5f6a7b8c9d0e1", sample.connectionId());
        assertEquals(Routing.BGP, sample.routing());
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "15.152.8.66", "203.0.113.77", "169.254.160.0/30", "169.254.160.1", "169.254.160.2",
                "47p98UJswHCqhHr5MaXRINJ41vwC0I7c");
        assertBgp(t1, 64512, 65010, 30);
        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "15.152.40.19", "203.0.113.77", "169.254.73.200/30", "169.254.73.201",
                "169.254.73.202", "3v0eu4xdEELLD7FWau5XTNzwRWI9c4nI");
        assertBgp(t2, 64512, 65010, 30);
        assertMinimumIke(t2.ike(), List.of("ikev1"));
        assertMinimumIpsec(t2.ipsec());
    }

    @Test
    void customAmazonSideAsn() {
        AwsSample sample = read(CUSTOM_ASN);
        assertEquals("vpn-0e5f6a7b8c9d0e1f2", sample.connectionId());
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "52.69.140.11", null, "169.254.12.40/30", "169.254.12.41", "169.254.12.42",
                "AKOpkeN2gSoRlRuQHebWv0UX9e9R0DLK");
        assertBgp(t1, 4_200_000_123L, 65123, 30);
        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "18.176.33.250", null, "169.254.228.4/30", "169.254.228.5", "169.254.228.6",
                "gs4QYonNks2dQz1qERFEMbwV2s0DplsW");
        assertBgp(t2, 4_200_000_123L, 65123, 30);
    }

    /** Every full sample, with all its line breaks turned into spaces, still reads the same. */
    @ParameterizedTest
    @ValueSource(strings = {BGP, STATIC, OLD, NEWER, CUSTOM_ASN})
    void fullSampleWithAllLineBreaksLost(String fixture) throws SampleFormatException {
        AwsSample original = read(fixture);
        String flattened = String.join(" ", Fixtures.read(fixture).split("\r\n|\n"));
        AwsSample sample = AwsSampleReader.read(flattened);
        assertEquals(SampleFormat.CISCO_IOS_FLATTENED, sample.format());
        assertEquals(original.connectionId(), sample.connectionId(), "the header survives");
        assertEquals(original.routing(), sample.routing());
        assertEquals(original.tunnels().size(), sample.tunnels().size());
        for (AwsTunnel t : original.tunnels()) {
            AwsTunnel f = tunnel(sample, t.awsOutsideAddress());
            assertEquals(core(t), core(f));
            assertEquals(t.number(), f.number());
            assertEquals(t.customerOutsideAddress(), f.customerOutsideAddress());
            assertEquals(t.tcpMss(), f.tcpMss());
            assertEquals(t.dpdIntervalSeconds(), f.dpdIntervalSeconds());
            assertEquals(0, f.lineOf(SampleField.PRESHARED_KEY), "everything is on line 0");
        }
    }

    @Test
    void tunnelSectionsInEitherOrderKeepTheirFacts() throws SampleFormatException {
        String text = Fixtures.read(BGP);
        int first = text.indexOf("! ---");
        int second = text.lastIndexOf("! ---", text.indexOf("! IPSec Tunnel #2"));
        int footer = text.indexOf("! Additional Notes and Questions");
        String swapped = text.substring(0, first) + text.substring(second, footer) + text.substring(first, second)
                + text.substring(footer);
        AwsSample original = AwsSampleReader.read(text);
        AwsSample sample = AwsSampleReader.read(swapped);
        assertEquals("54.95.12.87", sample.tunnels().get(0).awsOutsideAddress(), "number follows the source order");
        assertEquals(1, tunnel(sample, "54.95.12.87").number());
        for (AwsTunnel t : original.tunnels()) {
            assertEquals(core(t), core(tunnel(sample, t.awsOutsideAddress())));
        }
    }

    @Test
    void strongerAlgorithmsInAnEditedSampleAreRead() throws SampleFormatException {
        String text = Fixtures.read(BGP)
                .replace("crypto isakmp policy 201\n  encryption aes 128\n  authentication pre-share\n  group 2",
                        "crypto isakmp policy 201\n  encryption aes 256\n  authentication pre-share\n  group 14")
                .replace("hash sha\nexit\n\n! The ISAKMP keyring stores the Pre Shared Key used to authenticate the \n"
                        + "! tunnel endpoints.\n!\ncrypto keyring keyring-vpn-0a1b2c3d4e5f60718-1",
                        "hash sha256\nexit\n\n!\ncrypto keyring keyring-vpn-0a1b2c3d4e5f60718-1")
                .replace("ipsec-prop-vpn-0a1b2c3d4e5f60718-1 esp-aes 128 esp-sha-hmac",
                        "ipsec-prop-vpn-0a1b2c3d4e5f60718-1 esp-gcm 256 esp-sha512-hmac")
                .replace("ipsec-vpn-0a1b2c3d4e5f60718-1\n  set pfs group2", "ipsec-vpn-0a1b2c3d4e5f60718-1\n  set pfs group24");
        AwsTunnel t2 = AwsSampleReader.read(text).tunnels().get(1);
        assertEquals(List.of(dev.ixls.model.crypto.Cipher.AES256), t2.ike().encryption());
        assertEquals(List.of(dev.ixls.model.crypto.Integrity.SHA2_256), t2.ike().integrity());
        assertEquals(List.of(14), t2.ike().dhGroups());
        assertEquals(List.of(dev.ixls.model.crypto.Cipher.AES256_GCM16), t2.ipsec().encryption());
        assertEquals(List.of(dev.ixls.model.crypto.Integrity.SHA2_512), t2.ipsec().integrity());
        assertEquals(List.of(24), t2.ipsec().pfsGroups());
        assertMinimumIke(AwsSampleReader.read(text).tunnels().get(0).ike(), List.of("ikev1"));
    }

    @Test
    void missingPresharedKeyIsNamed() {
        assertRejected(Fixtures.read("aws/bad/cisco-missing-key.txt"),
                "Cisco IOS sample", "tunnel 2 (AWS 54.95.12.87) has no pre-shared key");
    }

    @Test
    void missingPieceOfTheSeedArticleIsNamed() {
        String text = Fixtures.read(SEED);
        String[] lines = text.split("\n");
        // Drop tunnel 2's phase 2 line, which holds its interface and so its inside addresses.
        String withoutTunnel2Interface = String.join("\n", lines[0], lines[1], lines[2], lines[4]);
        assertRejected(withoutTunnel2Interface, "tunnel 2 (AWS 52.198.204.130) has no inside addresses");
        // Drop the phase 1 lines: no keys at all.
        assertRejected(String.join("\n", lines[2], lines[3]), "tunnel 1 (AWS 18.182.91.31) has no pre-shared key");
    }

    @Test
    void seedArticleWithoutBgpBlocksStillReadsItsTunnels() throws SampleFormatException {
        String[] lines = Fixtures.read(SEED).split("\n");
        AwsSample sample = AwsSampleReader.read(String.join("\n", lines[0], lines[1], lines[2], lines[3], lines[4]));
        assertEquals(Routing.STATIC, sample.routing(), "no router bgp: nothing says BGP");
        AwsTunnel t1 = sample.tunnels().get(0);
        assertEquals("169.254.128.173", t1.awsInsideAddress(), "the other usable address of the /30");
        assertNull(t1.awsAsn());
    }

    @Test
    void seedArticleWithBgpForOneTunnelOnlyTakesWhatIsThere() throws SampleFormatException {
        String text = Fixtures.read(SEED);
        String withoutSecondBgp = text.substring(0, text.lastIndexOf("router bgp 65000"));
        AwsSample sample = AwsSampleReader.read(withoutSecondBgp);
        assertEquals(Routing.BGP, sample.routing());
        assertBgp(sample.tunnels().get(0), 64512, 65000, 30);
        AwsTunnel t2 = sample.tunnels().get(1);
        assertNull(t2.awsAsn());
        assertNull(t2.customerAsn());
        assertEquals("169.254.251.133", t2.awsInsideAddress());
    }

    @Test
    void bgpNeighborOutsideEveryInsideNetworkIsAnError() {
        String text = Fixtures.read(BGP).replace("169.254.201.37", "169.254.201.41");
        assertRejected(text, "neighbor 169.254.201.41 is in no tunnel's inside network");
    }

    @Test
    void conflictingKeysForOneTunnelAreAnErrorWithoutShowingThem() {
        String text = Fixtures.read(BGP).replace("exit\n\n! An ISAKMP profile is used",
                "  pre-shared-key address 3.112.45.201 key 7K9Od3koojYNyebTyUFQGlZWyztIiZBs\nexit\n\n"
                        + "! An ISAKMP profile is used");
        SampleFormatException e = assertRejected(text, "tunnel 1 (AWS 3.112.45.201) has two different pre-shared keys");
        assertTrue(!e.getMessage().contains("7K9Od3koojYNyebTyUFQGlZWyztIiZBs"));
    }

    @Test
    void twoSamplesPastedTogetherAreRefused() {
        String text = Fixtures.read(BGP) + "\n" + Fixtures.read(NEWER);
        assertRejected(text, "4 tunnel endpoints", "several samples");
    }
}
