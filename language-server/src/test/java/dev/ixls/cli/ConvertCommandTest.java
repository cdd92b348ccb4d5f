package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String SEED = Fixtures.path("aws/seed-article-cisco-flattened.txt").toString();

    @TempDir
    Path dir;

    @Test
    void writesTheConfigToStdout() {
        CliRun run = CliRun.of("convert", SEED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ike policy ike-policy1 peer 18.182.91.31 key "));
        assertTrue(run.out().contains("interface Tunnel1.0\n"));
        assertFalse(run.err().contains("fails check"), run.err());
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path out = dir.resolve("router.ix");
        Files.writeString(out, "my own work\n");
        CliRun run = CliRun.of("convert", SEED, "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not overwriting"), run.err());
        assertEquals("my own work\n", Files.readString(out));

        CliRun forced = CliRun.of("convert", SEED, "-o", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out).contains("ike proposal"));
    }

    @Test
    void writesANewFile() throws Exception {
        Path out = dir.resolve("new.ix");
        CliRun run = CliRun.of("convert", "--ike", "v2", SEED, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).contains("tunnel mode ipsec-ikev2"));
        assertEquals("", run.out());
    }

    @Test
    void notASampleSaysWhatIsUnderstood() {
        CliRun run = CliRun.of("convert", Fixtures.path("ix/seed-article.ix").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Cisco IOS sample"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"), run.err());
    }

    @Test
    void binaryAndMissingInputs() throws Exception {
        Path bin = dir.resolve("x.bin");
        Files.write(bin, new byte[] {0, 1, 2, 3, 0});
        CliRun binary = CliRun.of("convert", bin.toString());
        assertEquals(1, binary.exitCode());
        assertTrue(binary.err().contains("binary"), binary.err());
        CliRun missing = CliRun.of("convert", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, CliRun.of("convert", "--ike", "v3", SEED).exitCode());
        assertEquals(2, CliRun.of("convert", "--advertise", "192.168.1.0", SEED).exitCode());
        assertEquals(2, CliRun.of("convert").exitCode());
    }

    // ---- issue 11: placeholders, IX-cannot-do, self-check, options ----

    private static final String DOC = Fixtures.path("aws/cisco-ios-doc-placeholders.txt").toString();

    @Test
    void aPlaceholderAsnStopsWithAMessageNamingTheFlag() {
        CliRun run = CliRun.of("convert", DOC, "--lang", "en");
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertTrue(run.err().contains("'YOUR_BGP_ASN'") && run.err().contains("--local-asn"), run.err());
        CliRun ja = CliRun.of("convert", DOC, "--lang", "ja");
        assertTrue(ja.err().contains("--local-asn") && ja.err().contains("AS 番号"), ja.err());
    }

    @Test
    void aPlaceholderAsnConvertsWithLocalAsnAndSaysWhereTheAsnCameFrom() {
        CliRun run = CliRun.of("convert", DOC, "--local-asn", "65001", "--lang", "en");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("router bgp 65001\n"), run.out());
        assertTrue(run.out().contains("  neighbor 169.254.201.5 remote-as 7224\n"), run.out());
        assertTrue(run.out().contains("  neighbor 169.254.201.9 remote-as 7224\n"), run.out());
        assertTrue(run.err().contains("note: the sample shows 'YOUR_BGP_ASN' for this router's AS number: "
                + "'router bgp 65001' comes from --local-asn"), run.err());
        assertTrue(run.err().contains("'YOUR_UPLINK_ADDRESS'"), run.err());
    }

    @Test
    void aLocalAsnThatContradictsTheSampleIsRefused() {
        CliRun run = CliRun.of("convert", SEED, "--local-asn", "65099", "--lang", "en");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("differs from the customer gateway ASN 65000"), run.err());
        assertEquals(2, CliRun.of("convert", DOC, "--local-asn", "0").exitCode());
        assertEquals(2, CliRun.of("convert", DOC, "--local-asn", "4294967296").exitCode());
        assertEquals(2, CliRun.of("convert", SEED, "--unnumbered", "").exitCode());
    }

    /** A tunnel IX cannot do is named, and convert exits 1 because its own output then fails check. */
    @Test
    void anIncompleteConversionExitsNonZeroWithItsReasons() {
        CliRun run = CliRun.of("convert", Fixtures.path("aws/describe-vpn-connections-ix-cannot.json").toString(),
                "--ike", "v2", "--lang", "en");
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: tunnel #2 (AWS 18.179.201.3) is not converted"), run.err());
        assertTrue(run.err().contains("the generated config fails check at line"), run.err());
        assertTrue(run.err().contains("[IX501]"), run.err());
        assertTrue(run.out().contains("ikev2 peer 13.113.5.240"), run.out());
        assertFalse(run.err().contains("Ba6Nc0Md4Fe8Gf2Hg7Ih1Ji5Kj9Lk3Ml") || run.err().contains("Qw3Er7Ty1Ui5Op9As4Df8Gh2Jk6Lz0Xc"));
    }

    @Test
    void natTraversalIsWrittenOnlyWhenAskedFor() {
        String without = CliRun.of("convert", SEED).out();
        assertFalse(without.contains("nat-traversal"));
        assertTrue(without.contains("convert with --nat-traversal") || !without.contains("outside address to be"));
        CliRun v1 = CliRun.of("convert", SEED, "--nat-traversal");
        assertTrue(v1.out().contains("ike nat-traversal policy ike-policy1\nike nat-traversal policy ike-policy2\n"), v1.out());
        CliRun v2 = CliRun.of("convert", SEED, "--nat-traversal", "--ike", "v2");
        assertTrue(v2.out().contains("  ikev2 nat-traversal keepalive 10 force\n"), v2.out());
        assertEquals(0, v2.exitCode(), v2.err());
    }

    /** Static routing: each tunnel's route is withdrawn while AWS's inside address stops answering. */
    @Test
    void staticRoutingWritesAWatchGroupPerTunnel() {
        CliRun run = CliRun.of("convert", Fixtures.path("aws/cisco-ios-static.txt").toString(), "--static-route",
                "10.0.0.0/16,172.31.0.0/16");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("watch-group aws-tunnel1 10\n  event 10 ip unreach-host 169.254.90.141 Tunnel0.0 "
                + "source Tunnel0.0\n  action 10 ip shutdown-route 10.0.0.0/16 Tunnel0.0\n  action 20 ip shutdown-route "
                + "172.31.0.0/16 Tunnel0.0\n!\nnetwork-monitor aws-tunnel1 enable\n"), run.out());
        assertTrue(run.out().contains("ip route 172.31.0.0/16 Null0.0 distance 254\n"), run.out());
    }

    @Test
    void terraformUseFromTheReadme() {
        CliRun run = CliRun.of("convert", Fixtures.path("aws/terraform.tfstate").toString(), "--advertise", "192.168.1.0/24");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("generated by ixls from the Terraform state (aws_vpn_connection)"), run.out());
        assertFalse(run.err().contains("Kw7Lx1Mz5Nc9Ob3Pd8Qe2Rf6Sg0Th4Ui"));
    }
}
