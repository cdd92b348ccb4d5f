package dev.ixls.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Samples that hold less than a download: a placeholder customer ASN (AWS's documented example)
 * and no inside addresses (a policy-based ASA sample). The cross-checks say nothing they cannot
 * know, and never print "null".
 */
class PlaceholderSampleRulesTest {

    private static List<Diagnostic> check(String config, String sample) throws Exception {
        return new IxLanguageService().analyze("router.ix", config,
                List.of(new LinkedSample(AwsSampleReader.read(Fixtures.read(sample)), sample)), RuleSettings.defaults())
                .diagnostics();
    }

    @Test
    void anyLocalAsIsRightWhenTheSampleShowsAPlaceholder() throws Exception {
        String config = Fixtures.read("convert/cisco-ios-doc-placeholders.ikev1.expected.ix").replace("router bgp 65000",
                "router bgp 64999");
        List<Diagnostic> d = check(config, "aws/cisco-ios-doc-placeholders.txt");
        assertTrue(d.stream().noneMatch(x -> x.code() == RuleCode.IX507), d.toString());
    }

    @Test
    void aMissingRouterBgpNamesNoAsnItDoesNotKnow() throws Exception {
        String converted = Fixtures.read("convert/cisco-ios-doc-placeholders.ikev1.expected.ix");
        String config = converted.substring(0, converted.indexOf("router bgp"));
        List<Diagnostic> ix511 = check(config, "aws/cisco-ios-doc-placeholders.txt").stream()
                .filter(x -> x.code() == RuleCode.IX511).toList();
        assertEquals(1, ix511.size(), ix511.toString());
        assertTrue(ix511.get(0).message().en().contains("Add 'router bgp <AS>'"), ix511.get(0).message().en());
        assertFalse(ix511.get(0).message().en().contains("null") || ix511.get(0).message().ja().contains("null"));
    }

    @Test
    void aPolicyBasedSampleIsNotHeldToInsideAddressesItDoesNotState() throws Exception {
        String config = Fixtures.read("convert/cisco-asa-policy-based.ikev1.expected.ix")
                .replace("ip unnumbered GigaEthernet1.0", "ip address 169.254.99.2/30");
        List<Diagnostic> d = check(config, "aws/cisco-asa-policy-based.txt");
        assertTrue(d.stream().noneMatch(x -> List.of(RuleCode.IX504, RuleCode.IX510).contains(x.code())), d.toString());
        assertTrue(d.stream().noneMatch(x -> x.message().en().contains("null")), d.toString());
    }

    @Test
    void aMissingTunnelOfAPolicyBasedSampleIsNamedWithoutAnInsideAddress() throws Exception {
        String converted = Fixtures.read("convert/cisco-asa-policy-based.ikev1.expected.ix");
        // Tunnel 2's lines lead to another peer altogether (a near-typo of its address would be IX502's).
        String config = converted.replace("ike policy ike-policy2 peer 18.181.6.253", "ike policy ike-policy2 peer 203.0.113.77")
                .replace("sec-list peer 18.181.6.253", "sec-list peer 203.0.113.77");
        List<Diagnostic> ix501 = check(config, "aws/cisco-asa-policy-based.txt").stream()
                .filter(x -> x.code() == RuleCode.IX501).toList();
        assertEquals(1, ix501.size(), ix501.toString());
        assertTrue(ix501.get(0).message().en().endsWith("and a tunnel interface."), ix501.get(0).message().en());
    }
}
