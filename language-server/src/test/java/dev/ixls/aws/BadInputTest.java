package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.ALL_KEYS;
import static dev.ixls.aws.SampleAssertions.assertNamesFormats;
import static dev.ixls.aws.SampleAssertions.assertNoKey;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.ixls.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever the input, reading ends in an AwsSample or a SampleFormatException, and keys stay secret. */
class BadInputTest {

    @Test
    void notAnAwsConfigurationNamesTheFormatsRead() {
        for (String text : List.of(Fixtures.read("aws/bad/ix-config.txt"), Fixtures.read("aws/bad/prose.txt"),
                "hello", "{\"name\": \"x\"}", "[1, 2, 3]", "<html><body>x</body></html>")) {
            SampleFormatException e = assertRejected(text);
            assertNamesFormats(e.getMessage());
        }
        assertNamesFormats(assertRejected(Fixtures.read("aws/bad/ix-config.txt"),
                "not an AWS Site-to-Site VPN configuration").getMessage());
    }

    @Test
    void anotherDevicesSampleIsRecognisedButNotRead() {
        SampleFormatException e = assertRejected(Fixtures.read("aws/bad/junos-sample.txt"), "a device ixls does not read");
        assertNamesFormats(e.getMessage());
    }

    @Test
    void emptyAndBlankText() {
        for (String text : new String[] {"", "   ", "\n\n\r\n", "\uFEFF"}) {
            assertNamesFormats(assertRejected(text, "empty").getMessage());
        }
        assertRejected(null, "no text");
        assertFalse(AwsSampleReader.looksLikeSample(null));
    }

    @Test
    void binaryData() {
        Random random = new Random(42);
        byte[] bytes = new byte[64 * 1024];
        random.nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        assertNamesFormats(assertRejected(binary, "binary").getMessage());
        // A real sample with a NUL in it is binary too.
        String withNul = Fixtures.read("aws/cisco-ios-bgp.txt").replace("crypto isakmp policy 201", "crypto\0isakmp");
        assertRejected(withNul, "binary");
        assertEquals(false, AwsSampleReader.looksLikeSample(withNul));
        assertRejected("\0\0\0\0", "binary");
    }

    @Test
    void hugeInputsAreRefusedQuickly() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String tenMegabytes = "a".repeat(10 * 1024 * 1024);
            assertNamesFormats(assertRejected(tenMegabytes, "too large").getMessage());
            // Just under the overall limit, but far over what a Cisco sample can be.
            String cisco = Fixtures.read("aws/seed-article-cisco-flattened.txt").replace("\n", " ");
            String longCisco = cisco.repeat(AwsSampleReader.MAX_INPUT_CHARS / cisco.length() - 1);
            assertRejected(longCisco, "Cisco IOS sample", "too large");
            // A single line of junk below every limit still goes through the Cisco reader.
            String junk = "crypto keyring keyring-vpn-0e88bfbe4ce7ff72a-0 " + "a:b!c#1 --- 1.2.3.4 ".repeat(10_000);
            assertRejected(junk, "Cisco IOS sample");
        });
    }

    @Test
    void randomTextAndRandomSampleMutationsNeverThrowAnythingElse() {
        Random random = new Random(7);
        List<String> fixtures = List.of("aws/seed-article-cisco-flattened.txt", "aws/cisco-ios-bgp.txt",
                "aws/cisco-ios-static.txt", "aws/customer-gateway-bgp.xml", "aws/describe-vpn-connections.json",
                "aws/generic-bgp.txt");
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String fixture : fixtures) {
                String text = Fixtures.read(fixture);
                for (int round = 0; round < 40; round++) {
                    String mutated = mutate(text, random);
                    try {
                        List<AwsSample> samples = AwsSampleReader.readAll(mutated);
                        samples.forEach(s -> assertNoKey(s.toString()));
                    } catch (SampleFormatException e) {
                        assertNoKey(e.getMessage());
                    }
                }
            }
        });
    }

    /** Cuts, duplicates or deletes a random slice, or truncates the text. */
    private static String mutate(String text, Random random) {
        int a = random.nextInt(text.length());
        int b = Math.min(text.length(), a + random.nextInt(400));
        return switch (random.nextInt(4)) {
            case 0 -> text.substring(0, a);
            case 1 -> text.substring(0, a) + text.substring(b);
            case 2 -> text.substring(0, b) + text.substring(a);
            default -> text.substring(0, a) + "\n" + text.substring(a, b).toUpperCase() + text.substring(b);
        };
    }

    @Test
    void deeplyNestedJson() {
        String nested = "{\"VpnConnections\": " + "[".repeat(100_000);
        assertRejected(nested, "DescribeVpnConnections JSON");
        String closed = "{\"VpnConnections\": " + "[".repeat(5_000) + "]".repeat(5_000) + "}";
        assertRejected(closed, "DescribeVpnConnections JSON");
    }

    /** Every error raised after keys were read, in every format, keeps them out of its message. */
    @Test
    void noKeyInAnyErrorMessage() {
        List<String> broken = new ArrayList<>();
        String cisco = Fixtures.read("aws/cisco-ios-bgp.txt");
        broken.add(cisco.replace("interface Tunnel2", "interface Loopback2").replace("tunnel destination 54.95.12.87",
                "description x"));
        broken.add(cisco.replace("  hash sha\n", "  hash xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw\n"));
        broken.add(cisco.replace("esp-sha-hmac", "esp-7K9Od3koojYNyebTyUFQGlZWyztIiZBr-hmac"));
        broken.add(Fixtures.read("aws/bad/cisco-missing-key.txt"));
        broken.add(cisco.replace("crypto isakmp policy 201\n  encryption aes 128\n  authentication pre-share\n  group 2\n",
                "crypto isakmp policy xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw\n  encryption aes 128\n  authentication pre-share\n"));
        broken.add(cisco.replace("interface Tunnel1", "interface 7K9Od3koojYNyebTyUFQGlZWyztIiZBr")
                .replace("ip address 169.254.44.10 255.255.255.252", "ip address 169.254.44.10 255.255.255.0"));
        broken.add("<xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw><vpn_connection/></xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw>");
        String xml = Fixtures.read("aws/customer-gateway-bgp.xml");
        broken.add(xml.replace("<lifetime>28800</lifetime>", "<lifetime>7K9Od3koojYNyebTyUFQGlZWyztIiZBr</lifetime>"));
        broken.add(xml.replace("<encryption_protocol>aes-128-cbc", "<encryption_protocol>xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw"));
        broken.add(xml.replace("<ip_address>54.95.12.87</ip_address>",
                "<ip_address>xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw</ip_address>"));
        broken.add(xml.replace("</pre_shared_key>", "</pre_shared_kex>"));
        String json = Fixtures.read("aws/describe-vpn-connections.json");
        broken.add(json.replace("\"OutsideIpAddress\": \"54.95.12.87\"",
                "\"OutsideIpAddress\": \"xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw\""));
        broken.add(json.replace("\"AES256\"", "\"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\""));
        broken.add(json.replace("\"VpnConnectionId\": \"vpn-0a1b2c3d4e5f60718\"",
                "\"VpnConnectionId\": \"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\""));
        broken.add(json.replace("\"PreSharedKey\": \"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\"",
                "\"PreSharedKey\": 7K9Od3koojYNyebTyUFQGlZWyztIiZBr\""));
        String generic = Fixtures.read("aws/generic-bgp.txt");
        broken.add(generic.replace("Lifetime                 : 28800 seconds",
                "Lifetime                 : 7K9Od3koojYNyebTyUFQGlZWyztIiZBr"));
        broken.add(generic.replace("aes-128-cbc", "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw"));
        broken.add(generic.replace(": 169.254.44.10/30", ": 7K9Od3koojYNyebTyUFQGlZWyztIiZBr/30"));
        for (String text : broken) {
            assertRejected(text);
        }
    }

    @Test
    void noKeyInAnyToString() throws SampleFormatException {
        for (String fixture : List.of("aws/seed-article-cisco-flattened.txt", "aws/cisco-ios-bgp.txt",
                "aws/cisco-ios-static.txt", "aws/cisco-ios-bgp-old-crlf.txt", "aws/cisco-ios-bgp-exit-address-family.txt",
                "aws/cisco-ios-bgp-custom-asn.txt", "aws/customer-gateway-bgp.xml", "aws/customer-gateway-static.xml",
                "aws/describe-vpn-connections.json", "aws/describe-vpn-connections-several.json",
                "aws/describe-vpn-connection-bare.json", "aws/generic-bgp.txt", "aws/generic-static.txt")) {
            for (AwsSample sample : AwsSampleReader.readAll(Fixtures.read(fixture))) {
                assertNoKey(sample.toString());
                for (AwsTunnel tunnel : sample.tunnels()) {
                    assertNoKey(tunnel.toString());
                    assertNoKey(tunnel.presharedKey().toString());
                    assertNoKey(String.valueOf(tunnel.presharedKey()));
                }
            }
        }
        assertFalse(ALL_KEYS.isEmpty());
    }
}
