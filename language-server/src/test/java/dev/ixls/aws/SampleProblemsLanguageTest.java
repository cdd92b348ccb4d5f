package dev.ixls.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ixls.Fixtures;
import dev.ixls.i18n.Language;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each reader's per-field problems reach a Japanese user in Japanese and an English user in the
 * same English as before the catalogs held them. The broken samples are the readers' own fixtures
 * with one fact changed, as in the readers' tests.
 */
class SampleProblemsLanguageTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
    /** Values a message quotes: 「…」, '…', "…" and XML element names. */
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」|'[^']*'|\"[^\"]*\"|<[^>]*>");
    /** Three or more lowercase English words in a row: wording left untranslated. */
    private static final Pattern ENGLISH_RUN =
            Pattern.compile("(?<![\\w.-])[a-z]+(?:\\s+[a-z]+){2,}(?![\\w.-])");

    static Stream<Arguments> brokenSamples() {
        return Stream.of(
                // AwsSampleReader itself (BadInputTest): a sample for another device, with the formats ixls reads
                broken("AwsSampleReader: a sample for another device", () -> Fixtures.read("aws/bad/junos-sample.txt"),
                        "an AWS Site-to-Site VPN sample for a device ixls does not read (download the Cisco IOS "
                                + "(ISR, IOS 12.4+), Cisco ASA or the Generic sample instead); ixls reads: Cisco IOS sample, "
                                + "Cisco IOS sample with its line breaks lost, CustomerGatewayConfiguration XML, "
                                + "DescribeVpnConnections JSON, Generic text sample, Cisco ASA sample, "
                                + "GetVpnConnectionDeviceSampleConfiguration JSON, Terraform state (aws_vpn_connection)"),
                // Cisco IOS (CiscoSampleReaderTest), and TunnelDraft through it
                broken("Cisco: a tunnel without a key", () -> Fixtures.read("aws/bad/cisco-missing-key.txt"),
                        "Cisco IOS sample: tunnel 2 (AWS 54.95.12.87) has no pre-shared key"),
                broken("Cisco: an isakmp policy's encryption (the policy's problem field)",
                        () -> Fixtures.read("aws/cisco-ios-bgp.txt").replaceFirst("  encryption aes 128", "  encryption foo"),
                        "Cisco IOS sample: tunnel 1 (AWS 3.112.45.201): crypto isakmp policy 200: line 41: "
                                + "encryption 'foo' is not understood"),
                broken("Cisco: a transform (the transform set's problem field)",
                        () -> Fixtures.read("aws/cisco-ios-bgp.txt").replaceFirst("esp-sha-hmac", "esp-foo-hmac"),
                        "Cisco IOS sample: tunnel 1 (AWS 3.112.45.201): crypto ipsec transform-set "
                                + "ipsec-prop-vpn-0a1b2c3d4e5f60718-0: transform 'esp-foo-hmac' is not understood"),
                broken("Cisco: two keys for one tunnel",
                        () -> Fixtures.read("aws/cisco-ios-bgp.txt").replace("exit\n\n! An ISAKMP profile is used",
                                "  pre-shared-key address 3.112.45.201 key 7K9Od3koojYNyebTyUFQGlZWyztIiZBs\nexit\n\n"
                                        + "! An ISAKMP profile is used"),
                        "Cisco IOS sample: tunnel 1 (AWS 3.112.45.201) has two different pre-shared keys (lines 53 and 54)"),
                broken("Cisco: a BGP neighbor outside the tunnels",
                        () -> Fixtures.read("aws/cisco-ios-bgp.txt").replace("169.254.201.37", "169.254.201.41"),
                        "Cisco IOS sample: router bgp 65000: neighbor 169.254.201.41 is in no tunnel's inside network"),
                broken("Cisco: two samples pasted together",
                        () -> Fixtures.read("aws/cisco-ios-bgp.txt") + "\n" + Fixtures.read("aws/cisco-ios-bgp-exit-address-family.txt"),
                        "Cisco IOS sample: 4 tunnel endpoints [3.112.45.201, 54.95.12.87, 15.152.8.66, 15.152.40.19]; "
                                + "an AWS VPN connection has two tunnels (were several samples pasted together?)"),
                // Generic (GenericSampleReaderTest)
                broken("Generic: a DH group", () -> Fixtures.read("aws/generic-bgp.txt")
                                .replaceFirst("Diffie-Hellman           : Group 2", "Diffie-Hellman           : Group X"),
                        "Generic text sample: tunnel 1 (AWS 3.112.45.201): #1 Internet Key Exchange (line 42): "
                                + "Diffie-Hellman 'Group X' is not a Diffie-Hellman group"),
                broken("Generic: no AWS outside address (TunnelDraft)", () -> Fixtures.read("aws/generic-bgp.txt")
                                .replace("  - Virtual Private Gateway\t        : 3.112.45.201\n", ""),
                        "Generic text sample: tunnel 1 has no AWS outside address"),
                broken("Generic: three tunnel sections", () -> {
                    String text = Fixtures.read("aws/generic-bgp.txt");
                    String third = text.substring(text.indexOf("IPSec Tunnel #2"), text.indexOf("Additional Notes and Questions"))
                            .replace("IPSec Tunnel #2", "IPSec Tunnel #3");
                    return text.replace("Additional Notes and Questions", third + "Additional Notes and Questions");
                }, "Generic text sample: 3 tunnel sections; an AWS VPN connection has two (were several samples pasted together?)"),
                // CustomerGatewayConfiguration XML (CustomerGatewayXmlReaderTest)
                broken("XML: an encryption protocol",
                        () -> Fixtures.read("aws/customer-gateway-bgp.xml").replaceFirst("aes-128-cbc", "aes-512-xts"),
                        "CustomerGatewayConfiguration XML: tunnel 1 (AWS 54.95.12.87): <ike><encryption_protocol> "
                                + "'aes-512-xts' is not understood"),
                broken("XML: a /29 inside network", () -> Fixtures.read("aws/customer-gateway-bgp.xml")
                                .replace("<network_cidr>30</network_cidr>", "<network_cidr>29</network_cidr>")
                                .replace("<network_mask>255.255.255.252</network_mask>", ""),
                        "CustomerGatewayConfiguration XML: tunnel 1 (AWS 54.95.12.87): the inside network is a /29; "
                                + "AWS tunnels use a /30"),
                broken("XML: an unusable inside address (TunnelDraft)", () -> Fixtures.read("aws/customer-gateway-bgp.xml")
                                .replace("<ip_address>169.254.201.37</ip_address>", "<ip_address>169.254.201.41</ip_address>"),
                        "CustomerGatewayConfiguration XML: tunnel 1 (AWS 54.95.12.87): the AWS inside address "
                                + "169.254.201.41 is not a usable address of 169.254.201.36/30"),
                // DescribeVpnConnections JSON (DescribeVpnConnectionsReaderTest)
                broken("DescribeVpnConnections: options for no tunnel", () -> Fixtures.read("aws/describe-vpn-connections.json")
                                .replace("\"OutsideIpAddress\": \"54.95.12.87\"", "\"OutsideIpAddress\": \"54.95.12.88\""),
                        "DescribeVpnConnections JSON: VPN connection vpn-0a1b2c3d4e5f60718: the TunnelOptions for "
                                + "54.95.12.88 match no tunnel of its CustomerGatewayConfiguration"),
                broken("DescribeVpnConnections: an algorithm", () -> Fixtures.read("aws/describe-vpn-connections.json")
                                .replaceFirst("\"Value\": \"AES256\"", "\"Value\": \"AES512\""),
                        "DescribeVpnConnections JSON: VPN connection vpn-0a1b2c3d4e5f60718: tunnel 54.95.12.87: "
                                + "Phase1EncryptionAlgorithms holds 'AES512', which is not understood"),
                broken("DescribeVpnConnections: a key that is not a string", () -> Fixtures.read("aws/describe-vpn-connections.json")
                                .replaceFirst("\"PreSharedKey\": \"7K9Od3koojYNyebTyUFQGlZWyztIiZBr\"", "\"PreSharedKey\": 12345678"),
                        "DescribeVpnConnections JSON: VPN connection vpn-0a1b2c3d4e5f60718: tunnel 3.112.45.201: "
                                + "PreSharedKey is not a string"),
                // Device sample JSON (SampleLayoutsTest)
                broken("Device sample JSON: the sample is not a string", () -> Fixtures.read("aws/device-sample-cisco-ios.json")
                                .replace("\"VpnConnectionDeviceSampleConfiguration\": \"",
                                        "\"VpnConnectionDeviceSampleConfiguration\": 5, \"Unused\": \""),
                        "GetVpnConnectionDeviceSampleConfiguration JSON: \"VpnConnectionDeviceSampleConfiguration\" is not a string holding a sample"),
                // Terraform state (TerraformStateReaderTest)
                broken("Terraform: a key that differs from the XML's", () -> Fixtures.read("aws/terraform.tfstate")
                                .replace("\"tunnel2_preshared_key\": \"Vj3Wk7Xl1Ym5Zn9Ao4Bp8Cq2Dr6Es0Ft\"",
                                        "\"tunnel2_preshared_key\": \"Xx9Yy8Zz7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp\""),
                        "Terraform state (aws_vpn_connection): (name not shown) (vpn-0a7c9e1b3d5f7a9c1): tunnel2 (AWS 57.180.92.5): "
                                + "tunnel2_preshared_key differs from the key in customer_gateway_configuration (neither is shown)"),
                broken("Terraform: an inside network that differs from the XML's", () -> Fixtures.read("aws/terraform.tfstate")
                                .replace("\"tunnel1_inside_cidr\": \"169.254.210.16/30\"",
                                        "\"tunnel1_inside_cidr\": \"169.254.210.20/30\""),
                        "Terraform state (aws_vpn_connection): (name not shown) (vpn-0a7c9e1b3d5f7a9c1): tunnel1 (AWS 43.206.14.231): "
                                + "tunnel1_inside_cidr '169.254.210.20/30' differs from the XML's inside network 169.254.210.16/30"));
    }

    @Test
    void everyFormatIsNamedInBothLanguagesWithItsEnglishLabel() {
        for (SampleFormat format : SampleFormat.values()) {
            assertEquals(format.label(), format.text().en(), format.name());
            assertFalse(format.text().ja().isBlank(), format.name());
        }
    }

    private static Arguments broken(String what, Supplier<String> text, String english) {
        return Arguments.of(what, text, english);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSamples")
    void problemIsWordedInTheUsersLanguage(String what, Supplier<String> text, String english) {
        String sample = text.get();
        SampleFormatException e;
        try {
            AwsSampleReader.read(sample);
            fail(what + ": the broken sample was read");
            return;
        } catch (SampleFormatException rejected) {
            e = rejected;
        }
        assertEquals(english, e.message(Language.EN), what + ": the English is what it was");
        assertEquals(e.getMessage(), e.message(Language.EN), "getMessage() is the English");

        String japanese = e.message(Language.JA);
        assertTrue(JAPANESE.matcher(japanese).find(), what + ": no Japanese in " + japanese);
        Matcher leak = ENGLISH_RUN.matcher(QUOTED.matcher(japanese).replaceAll(" "));
        boolean leaked = leak.find();
        assertFalse(leaked, what + ": English wording '" + (leaked ? leak.group() : "") + "' in " + japanese);
        for (String key : SampleAssertions.ALL_KEYS) {
            if (!sample.contains(key) || key.equals("PASSWORD")) {
                continue;
            }
            assertFalse(japanese.contains(key), what + ": a pre-shared key in the Japanese message");
            assertFalse(english.contains(key), what + ": a pre-shared key in the English message");
        }
        assertFalse(japanese.contains("Xx9Yy8Zz7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp") || japanese.contains("7K9Od3koojYNyebTyUFQGlZWyztIiZBs"),
                what + ": the changed key in the Japanese message");
    }
}
