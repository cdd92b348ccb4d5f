package dev.ixls.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Many AWS peers sharing one proposal: its values are reported once, for the first peer in
 * sorted order (as text, not file order), while each map's own PFS group is reported for its peer.
 */
class SharedProposalsTest {

    private static final String CONFIG = """
            ip access-list sec-list permit ip src any dest any
            ike proposal shared encryption 3des hash sha2-256 group 2048-bit lifetime 86400
            ipsec autokey-proposal esp esp-aes-256 esp-sha2-256 lifetime time 3600
            ike policy p3 peer 52.0.0.30 key Qw3rTy7uIo9pAs2dFg5hJk8lZx1cVb4n shared
            ike policy p1 peer 52.0.0.100 key Mn6bVc2xZl9kJh4gFd7sAp3oIu8yTr1e missing,shared
            ike policy p2 peer 52.0.0.20 key Zx1cVb4nQw3rTy7uIo9pAs2dFg5hJk8l shared
            ipsec autokey-map m3 sec-list peer 52.0.0.30 esp pfs 768-bit
            ipsec autokey-map m1 sec-list peer 52.0.0.100 missing,esp pfs 2048-bit
            ipsec autokey-map m2 sec-list peer 52.0.0.20 esp pfs 768-bit
            interface Tunnel0.0
              tunnel mode ipsec
              ip address 169.254.10.2/30
              ipsec policy tunnel m3 df-bit ignore pre-fragment out
            interface Tunnel1.0
              tunnel mode ipsec
              ip address 169.254.11.2/30
              ipsec policy tunnel m1 df-bit ignore pre-fragment out
            interface Tunnel2.0
              tunnel mode ipsec
              ip address 169.254.12.2/30
              ipsec policy tunnel m2 df-bit ignore pre-fragment out
            ! AWS VPNs vpn-0a1b2c3d4e5f60718 and others (no sample linked: the id says whose peers they are)
            """;

    private static List<String> findings(RuleCode code) {
        return new IxLanguageService().analyze("shared.ix", CONFIG, List.of(), RuleSettings.defaults()).diagnostics()
                .stream().filter(d -> d.code() == code)
                .map((Diagnostic d) -> (d.range().start().line() + 1) + ":" + d.range().start().character() + " "
                        + d.message().en())
                .toList();
    }

    @Test
    void aSharedLifetimeIsReportedOnceForTheFirstPeerInSortedOrder() {
        assertEquals(List.of("2:74 The IKE (phase 1) lifetime 86400 s for AWS peer 52.0.0.100 is outside what AWS accepts "
                + "(900-28800 s): the proposal is refused. Use 28800."), findings(RuleCode.IX208));
    }

    @Test
    void aSharedAlgorithmIsReportedOnceAndEachPfsGroupForItsOwnPeer() {
        List<String> refused = findings(RuleCode.IX209);
        assertEquals(3, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("2:31 AWS does not accept '3des' as IKE (phase 1) encryption (peer 52.0.0.100)"),
                refused.get(0));
        assertTrue(refused.get(1).startsWith("7:53 AWS does not accept '768-bit'"), refused.get(1));
        assertTrue(refused.get(1).contains("(peer 52.0.0.30)"), refused.get(1));
        assertTrue(refused.get(2).startsWith("9:53 AWS does not accept '768-bit'"), refused.get(2));
        assertTrue(refused.get(2).contains("(peer 52.0.0.20)"), refused.get(2));
    }
}
