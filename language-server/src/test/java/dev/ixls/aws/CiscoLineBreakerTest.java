package dev.ixls.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class CiscoLineBreakerTest {

    @Test
    void breaksBeforeCommandsAndComments() {
        assertEquals(List.of("crypto isakmp policy 200", "encryption aes 128", "authentication pre-share", "group 2",
                "lifetime 28800", "hash sha", "exit", "!", "crypto keyring keyring-vpn-0e88bfbe4ce7ff72a-0"),
                CiscoLineBreaker.split("crypto isakmp policy 200 encryption aes 128 authentication pre-share group 2 "
                        + "lifetime 28800 hash sha exit ! crypto keyring keyring-vpn-0e88bfbe4ce7ff72a-0"));
    }

    @Test
    void commentsRunUntilTheNextCommand() {
        assertEquals(List.of("tunnel protection ipsec profile ipsec-vpn-x-0",
                "! This option causes the router to reduce the Maximum Segment Size of",
                "! TCP packets to prevent packet fragmentation.", "ip tcp adjust-mss 1379", "no shutdown", "exit"),
                CiscoLineBreaker.split("tunnel protection ipsec profile ipsec-vpn-x-0 ! This option causes the router "
                        + "to reduce the Maximum Segment Size of ! TCP packets to prevent packet fragmentation. "
                        + "ip tcp adjust-mss 1379 no shutdown exit"));
    }

    @Test
    void commandWordsInsideArgumentsDoNotBreak() {
        assertEquals(List.of("track 100 ip sla 100 reachability"),
                CiscoLineBreaker.split("track 100 ip sla 100 reachability"));
        assertEquals(List.of("crypto keyring keyring-vpn-1-0", "pre-shared-key address 1.2.3.4 key abcdefgh", "exit"),
                CiscoLineBreaker.split("crypto keyring keyring-vpn-1-0 pre-shared-key address 1.2.3.4 key abcdefgh exit"));
        assertEquals(List.of("set security-association lifetime seconds 3600"),
                CiscoLineBreaker.split("set security-association lifetime seconds 3600"));
    }

    @Test
    void exitInProseIsProse() {
        assertEquals(List.of("! take the exit on the left"), CiscoLineBreaker.split("! take the exit on the left"));
    }

    @Test
    void runInLinesAreToldFromOrdinaryOnes() {
        assertTrue(CiscoLineBreaker.isRunIn("crypto ipsec df-bit clear ! crypto isakmp keepalive threshold 10 retry 10"));
        assertTrue(CiscoLineBreaker.isRunIn("! Amazon Web Services ! crypto keyring k-0 pre-shared-key address "
                + "1.2.3.4 key abcdefgh exit"));
        assertFalse(CiscoLineBreaker.isRunIn("  neighbor 169.254.44.9 remote-as 64512"));
        assertFalse(CiscoLineBreaker.isRunIn("! The ISAKMP keyring stores the Pre Shared Key used to authenticate the "));
        assertFalse(CiscoLineBreaker.isRunIn("track 100 ip sla 100 reachability "));
        assertFalse(CiscoLineBreaker.isRunIn("ip sla schedule 100 life forever start-time now"));
    }

    @Test
    void anUnflattenedSampleIsLeftAlone() {
        List<String> lines = List.of(Fixtures.read("aws/cisco-ios-static.txt").split("\n", -1));
        CiscoLineBreaker.Result result = CiscoLineBreaker.rebreak(lines);
        assertFalse(result.flattened());
        assertEquals(lines.size(), result.lines().size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), result.lines().get(i).text());
            assertEquals(i, result.lines().get(i).sourceLine());
        }
    }

    @Test
    void brokenLinesRememberTheirSourceLine() {
        List<String> lines = List.of(Fixtures.read("aws/seed-article-cisco-flattened.txt").split("\n"));
        CiscoLineBreaker.Result result = CiscoLineBreaker.rebreak(lines);
        assertTrue(result.flattened());
        CiscoLineBreaker.BrokenLine mss = result.lines().stream()
                .filter(l -> l.text().equals("ip tcp adjust-mss 1379")).findFirst().orElseThrow();
        assertEquals(2, mss.sourceLine());
    }
}
