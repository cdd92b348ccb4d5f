package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.assertions.DiagnosticAssertions;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * AWS's rules speak only about peers that are AWS's: a linked sample's, or, without a sample,
 * clearly AWS's (a 169.254.0.0/16 inside address and a config that says AWS). Fixtures in
 * {@code test-fixtures/not-aws/}.
 */
class AwsEvidenceTest {

    /** Findings that only make sense for a tunnel to AWS. */
    private static final Set<RuleCode> AWS_ONLY = Set.of(RuleCode.IX204, RuleCode.IX205, RuleCode.IX206,
            RuleCode.IX208, RuleCode.IX209, RuleCode.IX301, RuleCode.IX303, RuleCode.IX305, RuleCode.IX404,
            RuleCode.IX406, RuleCode.IX512);

    private final IxLanguageService service = new IxLanguageService();

    @ParameterizedTest
    @ValueSource(strings = {"ix-to-ix-link-local.ix", "strongswan-peer.ix", "pfsense-peer.ix"})
    void peersThatDoNotSayAwsGetNoneOfAwsRules(String file) {
        Set<RuleCode> codes = codes("not-aws/" + file);
        codes.retainAll(AWS_ONLY);
        assertEquals(Set.of(), codes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws-said-by-description.ix", "aws-said-by-asn.ix"})
    void theSameShapeSayingAwsGetsThem(String file) {
        Set<RuleCode> codes = codes("not-aws/" + file);
        assertTrue(codes.containsAll(List.of(RuleCode.IX204, RuleCode.IX205, RuleCode.IX206, RuleCode.IX512)),
                file + ": " + codes);
    }

    @org.junit.jupiter.api.Test
    void aLinkLocalTunnelElsewhereDoesNotMakeEveryPeerAws() {
        // An AWS tunnel (64512 on its /30) beside a peer with no tunnel of its own: that peer is not AWS's.
        String text = Fixtures.read("not-aws/aws-said-by-asn.ix")
                + "ike policy other peer 198.51.100.9 key bad+key ikeprop\n";
        DiagnosticAssertions.find(RuleCode.IX206, service.analyze("x.ix", text, List.of(), RuleSettings.defaults())
                .diagnostics());
    }

    private Set<RuleCode> codes(String fixture) {
        return DiagnosticAssertions.codes(service.analyze(fixture, Fixtures.read(fixture), List.of(),
                RuleSettings.defaults()).diagnostics());
    }
}
