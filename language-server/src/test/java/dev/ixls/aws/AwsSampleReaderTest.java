package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.core;
import static dev.ixls.aws.SampleAssertions.read;
import static dev.ixls.aws.SampleAssertions.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AwsSampleReaderTest {

    private static final Map<String, SampleFormat> FIXTURE_FORMATS = Map.ofEntries(
            Map.entry("aws/seed-article-cisco-flattened.txt", SampleFormat.CISCO_IOS_FLATTENED),
            Map.entry("aws/cisco-ios-bgp.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-static.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-bgp-old-crlf.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-bgp-exit-address-family.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/cisco-ios-bgp-custom-asn.txt", SampleFormat.CISCO_IOS),
            Map.entry("aws/customer-gateway-bgp.xml", SampleFormat.XML),
            Map.entry("aws/customer-gateway-static.xml", SampleFormat.XML),
            Map.entry("aws/describe-vpn-connections.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/describe-vpn-connections-several.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/describe-vpn-connection-bare.json", SampleFormat.DESCRIBE_JSON),
            Map.entry("aws/generic-bgp.txt", SampleFormat.GENERIC),
            Map.entry("aws/generic-static.txt", SampleFormat.GENERIC));

    private static final List<String> NOT_SAMPLES = List.of("aws/bad/ix-config.txt", "aws/bad/prose.txt",
            "aws/bad/junos-sample.txt");

    @Test
    void detectsEveryFixtureByContent() {
        FIXTURE_FORMATS.forEach((fixture, format) -> {
            String text = Fixtures.read(fixture);
            assertEquals(Optional.of(format), AwsSampleReader.detect(text), fixture);
            assertTrue(AwsSampleReader.looksLikeSample(text), fixture);
        });
        for (String fixture : NOT_SAMPLES) {
            assertEquals(Optional.empty(), AwsSampleReader.detect(Fixtures.read(fixture)), fixture);
            assertFalse(AwsSampleReader.looksLikeSample(Fixtures.read(fixture)), fixture);
        }
    }

    /** Files renamed to misleading names (and extensions) are detected the same: only content counts. */
    @Test
    void detectionIgnoresFileNames(@TempDir Path dir) throws IOException {
        String[] misleading = {"config.json", "sample.xml", "router.txt", "vpn.cfg", "noext"};
        int i = 0;
        for (Map.Entry<String, SampleFormat> entry : FIXTURE_FORMATS.entrySet()) {
            Path renamed = dir.resolve(i + "-" + misleading[i % misleading.length]);
            Files.copy(Fixtures.path(entry.getKey()), renamed);
            String text = Files.readString(renamed, StandardCharsets.UTF_8);
            assertEquals(Optional.of(entry.getValue()), AwsSampleReader.detect(text), entry.getKey() + " as " + renamed);
            i++;
        }
    }

    @Test
    void eachFixtureReadsInTheFormatItWasDetectedAs() {
        FIXTURE_FORMATS.forEach((fixture, format) -> {
            try {
                for (AwsSample sample : AwsSampleReader.readAll(Fixtures.read(fixture))) {
                    assertEquals(format, sample.format(), fixture);
                    assertTrue(sample.tunnels().size() == 2, fixture);
                    List<Integer> numbers = sample.tunnels().stream().map(AwsTunnel::number).collect(Collectors.toList());
                    assertEquals(List.of(1, 2), numbers, fixture);
                }
            } catch (SampleFormatException e) {
                throw new AssertionError(fixture + ": " + e.getMessage());
            }
        });
    }

    @Test
    void detectionLooksOnlyAtABoundedPrefix() {
        String sample = Fixtures.read("aws/cisco-ios-bgp.txt");
        String padded = "x".repeat(AwsSampleReader.DETECT_PREFIX_CHARS) + "\n" + sample;
        assertEquals(Optional.empty(), AwsSampleReader.detect(padded), "a sample past the prefix is not seen");
        String huge = sample + "!" + " padding".repeat(2_000_000);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            assertEquals(Optional.of(SampleFormat.CISCO_IOS), AwsSampleReader.detect(huge));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "20 detections of a 16 MB text took " + millis + " ms");
    }

    /** Connection A in four formats, B in five: the same tunnels, found by AWS outside address. */
    @Test
    void sameConnectionInEveryFormatGivesTheSameTunnels() throws SampleFormatException {
        List<AwsSample> connectionA = List.of(read("aws/cisco-ios-bgp.txt"), read("aws/customer-gateway-bgp.xml"),
                read("aws/generic-bgp.txt"),
                AwsSampleReader.readAll(Fixtures.read("aws/describe-vpn-connections-several.json")).get(0),
                AwsSampleReader.read(String.join(" ", Fixtures.read("aws/cisco-ios-bgp.txt").split("\n"))));
        assertSameTunnels(connectionA, Set.of("3.112.45.201", "54.95.12.87"));

        List<AwsSample> connectionB = List.of(read("aws/cisco-ios-static.txt"), read("aws/customer-gateway-static.xml"),
                read("aws/generic-static.txt"), read("aws/describe-vpn-connection-bare.json"),
                AwsSampleReader.readAll(Fixtures.read("aws/describe-vpn-connections-several.json")).get(1));
        assertSameTunnels(connectionB, Set.of("13.230.77.14", "35.74.190.3"));

        // Order differs between sources: the XML lists A's tunnels the other way round.
        assertEquals(2, tunnel(connectionA.get(0), "54.95.12.87").number());
        assertEquals(1, tunnel(connectionA.get(1), "54.95.12.87").number());
    }

    private static void assertSameTunnels(List<AwsSample> samples, Set<String> awsOutside) {
        AwsSample reference = samples.get(0);
        for (AwsSample sample : samples) {
            assertEquals(reference.connectionId(), sample.connectionId(), sample.format().label());
            assertEquals(reference.routing(), sample.routing(), sample.format().label());
            assertEquals(awsOutside,
                    sample.tunnels().stream().map(AwsTunnel::awsOutsideAddress).collect(Collectors.toSet()));
            for (String address : awsOutside) {
                assertEquals(core(tunnel(reference, address)), core(tunnel(sample, address)),
                        sample.format().label() + " tunnel " + address);
            }
        }
    }

    /** Notes that quote the sample with placeholders must not count as a sample in a workspace scan. */
    @Test
    void documentationQuotingTheSampleIsNotASample() {
        String doc = "# AWS VPN notes\n\nThe sample (Amazon Web Services, Cisco IOS) looks like this:\n\n```\n"
                + "crypto isakmp policy 200\n  encryption aes 128\nexit\n"
                + "crypto keyring keyring-vpn-<id>-0\n  pre-shared-key address <AWS outside IP> key <PSK>\nexit\n"
                + "interface Tunnel1\n  tunnel destination <AWS outside IP>\nexit\n```\n";
        assertEquals(Optional.empty(), AwsSampleReader.detect(doc));
        SampleAssertions.assertNamesFormats(SampleAssertions.assertRejected(doc, "names no AWS tunnel endpoint")
                .getMessage());
    }

    @Test
    void byteOrderMarkIsIgnored() throws SampleFormatException {
        AwsSample sample = AwsSampleReader.read("\uFEFF" + Fixtures.read("aws/customer-gateway-static.xml"));
        assertEquals("vpn-05c4d3e2f1a0b9c88", sample.connectionId());
    }
}
