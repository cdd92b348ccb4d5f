package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tunnels whose options differ get their own proposals, each from its own tunnel's options; the
 * check engine agrees, and would not if the proposals were shared (the bug this replaces).
 */
class PerTunnelOptionsTest {

    private final IxLanguageService service = new IxLanguageService();

    private static AwsSample sample() throws Exception {
        return AwsSampleReader.read(Fixtures.read("aws/describe-vpn-connections-per-tunnel.json"));
    }

    private static final ConversionOptions OPTIONS = ConversionOptions.defaults()
            .withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24")));

    @Test
    void ikev1ProposalsFollowEachTunnel() throws Exception {
        String config = IxConfigConverter.convert(sample(), OPTIONS);
        // tunnel 1 (54.178.64.19): AES256, SHA2-384, groups 14/15, 14400 s; phase 2 AES256, SHA2-256, group 14, 1800 s
        assertTrue(config.contains("ike proposal ike-prop1 encryption aes-256 hash sha2-384 group 2048-bit lifetime 14400\n"), config);
        assertTrue(config.contains("ike policy ike-policy1 peer 54.178.64.19 key Hq5Jt9Wb2Xn6Rk1Zm4Vc8Lp3Dy7Gs0Fa ike-prop1\n"));
        assertTrue(config.contains("ipsec autokey-proposal ipsec-prop1 esp-aes-256 esp-sha2-256 lifetime time 1800\n"));
        assertTrue(config.contains("ipsec autokey-map ipsec-map1 sec-list peer 54.178.64.19 ipsec-prop1 pfs 2048-bit\n"));
        // tunnel 2 (35.74.230.6): AES128, SHA1/SHA2-256, groups 2/14, 28800 s; phase 2 PFS 2/5
        assertTrue(config.contains("ike proposal ike-prop2 encryption aes hash sha2-256 group 2048-bit lifetime 28800\n"));
        assertTrue(config.contains("ike policy ike-policy2 peer 35.74.230.6 key Yd1Ke5Ow9Tq3Mj7Ub2Ix6Pn0Cr4Az8Lv ike-prop2\n"));
        assertTrue(config.contains("ipsec autokey-map ipsec-map2 sec-list peer 35.74.230.6 ipsec-prop2 pfs 1536-bit\n"));
        assertEquals(List.of(), errors(config));
    }

    @Test
    void ikev2ProfilesFollowEachTunnel() throws Exception {
        String config = IxConfigConverter.convert(sample(), OPTIONS.withIkeVersion(IkeVersion.V2));
        assertTrue(config.contains("ikev2 profile aws-ikev2-1\n  sa-proposal enc aes-cbc-256\n"), config);
        assertTrue(config.contains("ikev2 profile aws-ikev2-2\n  sa-proposal enc aes-cbc-128\n"), config);
        assertTrue(config.contains("  ikev2 binding aws-ikev2-1\n") && config.contains("  ikev2 binding aws-ikev2-2\n"));
        assertEquals(List.of(), errors(config));
    }

    /** The check engine tells shared proposals apart from per-tunnel ones: this is what the per-tunnel output avoids. */
    @Test
    void aSharedProposalWouldFailTheCheck() throws Exception {
        String config = IxConfigConverter.convert(sample(), OPTIONS);
        String shared = config.replace("peer 35.74.230.6 key Yd1Ke5Ow9Tq3Mj7Ub2Ix6Pn0Cr4Az8Lv ike-prop2",
                "peer 35.74.230.6 key Yd1Ke5Ow9Tq3Mj7Ub2Ix6Pn0Cr4Az8Lv ike-prop1");
        assertFalse(shared.equals(config));
        assertTrue(errors(shared).stream().anyMatch(e -> e.startsWith(RuleCode.IX508.name())), errors(shared).toString());
    }

    private List<String> errors(String config) throws Exception {
        List<Diagnostic> d = service.analyze("generated.ix", config, List.of(new LinkedSample(sample(), "sample.json")),
                RuleSettings.defaults()).diagnostics();
        return d.stream().filter(x -> x.severity() == Severity.ERROR).map(x -> x.code() + " " + x.message().en()).toList();
    }
}
