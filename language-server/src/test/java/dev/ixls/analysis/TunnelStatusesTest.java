package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.service.IxLanguageService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-tunnel status agrees with the cross-check rules, tunnel by tunnel. */
class TunnelStatusesTest {

    private final IxLanguageService service = new IxLanguageService();

    private List<TunnelStatus> statuses(String configFixture) {
        String text = Fixtures.read(configFixture);
        return statusesOf(configFixture, text, RuleFixtureFiles.samples(text));
    }

    private List<TunnelStatus> statusesOf(String location, String text, List<LinkedSample> samples) {
        return TunnelStatuses.of(new AnalysisContext(location, service.model(text), samples, service.catalog()));
    }

    /** check id to mark, in order, for one tunnel. */
    private static Map<String, Boolean> marks(TunnelStatus s) {
        Map<String, Boolean> m = new LinkedHashMap<>();
        s.checks().forEach(c -> m.put(c.id(), c.ok()));
        return m;
    }

    @Test
    void seedArticleConfigPassesEverything() {
        String text = Fixtures.read("ix/seed-article.ix");
        List<TunnelStatus> all = statusesOf("seed.ix", text,
                RuleFixtureFiles.samples("! sample aws/seed-article-cisco-flattened.txt\n"));
        assertEquals(2, all.size());
        assertEquals("18.182.91.31", all.get(0).tunnel().awsOutsideAddress());
        assertEquals("Tunnel0.0", all.get(0).interfaceName());
        assertEquals("Tunnel1.0", all.get(1).interfaceName());
        assertEquals(24, all.get(0).interfaceRange().start().line()); // line 25, zero-based
        for (TunnelStatus s : all) {
            assertEquals(List.of("ike", "key", "ipsec", "inside", "bgp-neighbor", "asn"), List.copyOf(marks(s).keySet()));
            assertEquals(6, s.total());
            assertEquals(6, s.passed());
        }
    }

    /**
     * AWS's documented sample shows YOUR_BGP_ASN: a config generated from it with the user's ASN
     * passes every check (it read 5/6 with no finding saying why), and AWS's side is still checked.
     */
    @Test
    void aPlaceholderCustomerAsnFailsNoCheck() throws Exception {
        String config = dev.ixls.convert.IxConfigConverter.convert(
                dev.ixls.aws.AwsSampleReader.readAll(Fixtures.read("aws/cisco-ios-doc-placeholders.txt")).get(0),
                dev.ixls.convert.ConversionOptions.defaults().withLocalAsn(65010L));
        List<TunnelStatus> all = statusesOf("generated.ix", config,
                RuleFixtureFiles.samples("! sample aws/cisco-ios-doc-placeholders.txt\n"));
        assertEquals(2, all.size());
        for (TunnelStatus s : all) {
            assertEquals(6, s.passed(), marks(s).toString());
        }
        List<TunnelStatus> wrongRemote = statusesOf("generated.ix", config.replace("remote-as 7224", "remote-as 7225"),
                RuleFixtureFiles.samples("! sample aws/cisco-ios-doc-placeholders.txt\n"));
        assertEquals(false, marks(wrongRemote.get(0)).get("asn"));
    }

    @Test
    void aMistypedIkePeerFailsTheIkeCheckOnly() {
        // The key and the IPsec map of tunnel 1 are right: only the IKE policy's peer is mistyped.
        List<TunnelStatus> all = statuses("rules/IX502/triggers-typo-ike-policy-only.ix");
        Map<String, Boolean> first = marks(all.get(0));
        assertEquals(Map.of("ike", false, "key", true, "ipsec", true, "inside", true, "bgp-neighbor", true, "asn", true),
                first);
        assertEquals("Tunnel0.0", all.get(0).interfaceName());
        assertEquals(6, all.get(1).passed());
    }

    @Test
    void crossedKeysFailTheKeyCheckOnly() {
        List<TunnelStatus> all = statuses("rules/IX503/triggers-keys.ix");
        for (TunnelStatus s : all) {
            Map<String, Boolean> m = marks(s);
            assertEquals(false, m.get("key"), m.toString());
            assertEquals(5, s.passed(), m.toString());
        }
    }

    @Test
    void crossedInsideAddressesFailTheInsideCheck() {
        for (TunnelStatus s : statuses("rules/IX510/triggers-crossed.ix")) {
            assertEquals(false, marks(s).get("inside"));
        }
    }

    @Test
    void wrongNeighborAndAsnFail() {
        List<TunnelStatus> neighbor = statuses("rules/IX505/triggers-neighbor.ix");
        assertEquals(false, marks(neighbor.get(0)).get("bgp-neighbor"));
        assertEquals(false, marks(neighbor.get(1)).get("bgp-neighbor"));
        List<TunnelStatus> asn = statuses("rules/IX506/triggers-remote-as.ix");
        assertEquals(true, marks(asn.get(0)).get("bgp-neighbor"));
        assertEquals(false, marks(asn.get(0)).get("asn"));
        assertEquals(false, marks(asn.get(1)).get("asn"), "a wrong remote-as under address-family counts too");
        assertEquals(false, marks(statuses("rules/IX507/triggers-local-as.ix").get(0)).get("asn"));
    }

    @Test
    void proposalsAgainstStatedTunnelOptions() {
        List<TunnelStatus> ike = statuses("rules/IX508/triggers-ikev2-algorithms.ix");
        assertEquals(false, marks(ike.get(0)).get("ike"));
        assertEquals(true, marks(ike.get(0)).get("ipsec"));
        List<TunnelStatus> child = statuses("rules/IX509/triggers-child.ix");
        assertEquals(true, marks(child.get(0)).get("ike"));
        assertEquals(false, marks(child.get(0)).get("ipsec"));
        for (TunnelStatus s : statuses("rules/IX508/clean-matches-tunnel-options.ix")) {
            assertEquals(s.total(), s.passed(), marks(s).toString());
        }
    }

    @Test
    void missingTunnelFailsAndHasNoInterface() {
        TunnelStatus missing = statuses("rules/IX501/triggers-one-tunnel.ix").get(1);
        assertNull(missing.interfaceName());
        assertNull(missing.interfaceRange());
        assertEquals(0, missing.passed());
    }

    @Test
    void staticSamplesHaveNoBgpChecks() {
        List<TunnelStatus> all = statuses("rules/IX511/clean-static-vpn.ix");
        for (TunnelStatus s : all) {
            assertEquals(List.of("ike", "key", "ipsec", "inside"), List.copyOf(marks(s).keySet()));
            assertEquals(4, s.passed());
        }
    }

    @Test
    void noSampleNoStatus() {
        assertTrue(statusesOf("x.ix", Fixtures.read("ix/seed-article.ix"), List.of()).isEmpty());
    }
}
