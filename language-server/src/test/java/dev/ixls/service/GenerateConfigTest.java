package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.aws.AwsSample;
import dev.ixls.convert.ConversionOptions;
import dev.ixls.convert.IkeVersion;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GenerateConfigTest {

    private final AwsSample seed = Samples.linked(Samples.SEED).get(0).sample();
    private final AwsSample ikev2Only = Samples.linked("aws/describe-vpn-connections.json").get(0).sample();

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    @Test
    void theNewFileIsNamedAfterTheVpnAndNeverTakesAnExistingName() {
        Path sample = Path.of("/work/aws/sample.txt");
        assertEquals(Path.of("/work/aws/vpn-0e88bfbe4ce7ff72a.ix"), GenerateConfig.target(sample, seed, p -> false));
        Set<Path> taken = Set.of(Path.of("/work/aws/vpn-0e88bfbe4ce7ff72a.ix"), Path.of("/work/aws/vpn-0e88bfbe4ce7ff72a-2.ix"));
        assertEquals(Path.of("/work/aws/vpn-0e88bfbe4ce7ff72a-3.ix"), GenerateConfig.target(sample, seed, taken::contains));
        AwsSample anonymous = new AwsSample(null, seed.routing(), seed.format(), seed.tunnels());
        assertEquals(Path.of("/work/aws/sample-ix.ix"), GenerateConfig.target(sample, anonymous, p -> false));
    }

    @Test
    void optionsFromTheCommandArgument() {
        ConversionOptions o = GenerateConfig.options(json("""
                {"uri": "file:///x", "ikeVersion": "v2", "outsideInterface": "GigaEthernet0.1", "firstTunnel": 3,
                 "advertise": ["192.168.1.0/24", "10.1.0.0/16"]}"""), seed);
        assertEquals(IkeVersion.V2, o.ikeVersion());
        assertEquals("GigaEthernet0.1", o.outsideInterface());
        assertEquals(3, o.firstTunnel());
        assertEquals("[192.168.1.0/24, 10.1.0.0/16]", o.advertise().toString());
        String config = GenerateConfig.convert(seed, o);
        assertTrue(config.contains("interface Tunnel3.0"), config);
        assertTrue(config.contains("ikev2 outgoing-interface GigaEthernet0.1"), config);
    }

    @Test
    void theIkeVersionDefaultsToWhatTheSampleAllows() {
        assertEquals(IkeVersion.V1, GenerateConfig.options(json("{}"), seed).ikeVersion());
        assertEquals(IkeVersion.V2, GenerateConfig.options(json("{}"), ikev2Only).ikeVersion());
        assertEquals(IkeVersion.V1, GenerateConfig.options(json("{\"ikeVersion\": \"v1\"}"), ikev2Only).ikeVersion());
    }

    @Test
    void wrongOptionsSayWhatIsWrong() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> GenerateConfig.options(json("{\"ikeVersion\": \"v3\"}"), seed));
        assertTrue(e.getMessage().contains("ikeVersion"));
        e = assertThrows(IllegalArgumentException.class,
                () -> GenerateConfig.options(json("{\"advertise\": [\"192.168.1.0\"]}"), seed));
        assertTrue(e.getMessage().contains("advertise"));
        assertThrows(IllegalArgumentException.class, () -> GenerateConfig.options(json("{\"firstTunnel\": -1}"), seed));
        assertThrows(IllegalArgumentException.class,
                () -> GenerateConfig.options(json("{\"outsideInterface\": \"a b\"}"), seed));
    }

    /** A documented sample with YOUR_BGP_ASN: the editor's command needs localAsn, and says so otherwise. */
    @Test
    void aPlaceholderAsnNeedsLocalAsn() {
        AwsSample doc = Samples.linked("aws/cisco-ios-doc-placeholders.txt").get(0).sample();
        var e = assertThrows(IllegalArgumentException.class,
                () -> GenerateConfig.convert(doc, GenerateConfig.options(json("{}"), doc)));
        assertTrue(e.getMessage().contains("--local-asn"), e.getMessage());
        ConversionOptions o = GenerateConfig.options(json("{\"localAsn\": 65001, \"natTraversal\": true}"), doc);
        String config = GenerateConfig.convert(doc, o);
        assertTrue(config.contains("router bgp 65001\n"), config);
        assertTrue(config.contains("ike nat-traversal policy ike-policy1\n"), config);
        assertThrows(IllegalArgumentException.class, () -> GenerateConfig.options(json("{\"localAsn\": 0}"), doc));
        assertThrows(IllegalArgumentException.class, () -> GenerateConfig.options(json("{\"localAsn\": \"x\"}"), doc));
    }
}
