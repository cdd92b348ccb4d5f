package dev.ixls.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers on transcripts in the layouts seen in real output (test-fixtures/show/README.md). */
class ShowTranscriptTest {

    private static ShowTranscript read(String fixture) {
        return ShowTranscript.read(Fixtures.read("show/" + fixture));
    }

    @Test
    void theSeedArticlesOutputIsReadWhateverHappenedToItsLineBreaks() {
        ShowTranscript flat = read("seed-article-flattened.txt");
        ShowTranscript restored = read("seed-article-reconstructed.txt");
        for (ShowTranscript t : List.of(flat, restored)) {
            assertTrue(t.isTranscript());
            assertEquals(List.of(2, 2), List.of(t.ikeCounts().get(0).configured(), t.ikeCounts().get(0).created()));
            List<IkeSa> sas = t.ikeSas();
            assertEquals(List.of("18.182.91.31", "52.198.204.130"), sas.stream().map(IkeSa::remoteAddress).toList());
            IkeSa first = sas.get(0);
            assertEquals("ike-policy1", first.policy());
            assertEquals("42.144.XX.XX", first.localAddress(), "a masked address is kept as printed");
            assertEquals(500, first.localPort());
            assertEquals("initiator", first.direction());
            assertEquals("main mode", first.exchangeType());
            assertTrue(first.isEstablished());
            assertEquals("aes-128", first.encryption());
            assertEquals("sha1", first.hash());
            assertEquals("modp1024", first.dhGroup());
            assertEquals(25933, first.lifetimeSeconds());
            assertEquals(1, first.counter("ph1 success"));
            assertEquals(1, first.counter("ph2 success"));
            assertEquals(0, first.counter("ph1 hash err"));
            assertEquals(10, first.counters().size(), first.counters().toString());

            List<IpsecSa> ipsec = t.ipsecSas();
            assertEquals(List.of("Tunnel0.0", "Tunnel1.0"), ipsec.stream().map(IpsecSa::interfaceName).toList());
            assertEquals(List.of("ipsec-map1", "ipsec-map2"), ipsec.stream().map(IpsecSa::mapName).toList());
            IpsecSa t0 = ipsec.get(0);
            assertTrue(t0.isUp());
            assertFalse(t0.udpEncapsulation());
            assertEquals("Tunnel mode, 4-over-4, autokey-map", t0.mode());
            assertNull(t0.localPort());
            assertEquals("18.182.91.31", t0.remoteAddress());
            assertEquals(1438, t0.mtu());
            assertEquals("0x5678373f", t0.inbound().get(0).spi());
            assertEquals("ESP-AES-128-HMAC-SHA-96", t0.outbound().get(0).transform());
            assertEquals(725, t0.outbound().get(0).remainingSeconds());
            assertEquals("1024-bit", t0.pfs());

            List<RouteTable.Route> routes = t.routeTables().get(0).routes();
            assertEquals(6, routes.size());
            RouteTable.Route bgp = routes.stream().filter(RouteTable.Route::isBgp).findFirst().orElseThrow();
            assertEquals(List.of("172.31.0.0/16", "169.254.128.173", "Tunnel0.0", "0:08:36"),
                    List.of(bgp.prefix(), bgp.via(), bgp.interfaceName(), bgp.age()));
            assertTrue(routes.get(0).candidateDefault());

            assertEquals(List.of("169.254.128.173", "169.254.251.133"), t.pings().stream().map(PingResult::target).toList());
            assertTrue(t.pings().stream().allMatch(p -> p.transmitted() == 3 && p.received() == 3));
            AdvertisedRoutes adv = t.advertised().get(0);
            assertEquals("169.254.128.173", adv.neighbor());
            assertEquals(2, adv.count());
            assertEquals(List.of("0.0.0.0/0", "192.168.1.0/24"), adv.routes().stream().map(AdvertisedRoutes.Route::prefix).toList());
            assertEquals(List.of(), t.skipped(), "everything in the article is read");
        }
    }

    @Test
    void piecesOfALineWhoseBreaksWereLostPointIntoThatLine() {
        ShowTranscript t = read("seed-article-flattened.txt");
        String firstLine = Fixtures.read("show/seed-article-flattened.txt").lines().findFirst().orElseThrow();
        ShowLine state = t.ikeSas().get(1).line("state");
        assertEquals(0, state.line());
        assertEquals("State is established", firstLine.substring(state.start(), state.end()));
    }

    @Test
    void theMangledEventLogIsPairedInOrder() {
        ShowTranscript t = read("udp500-blocked.txt");
        List<LogEvent> events = t.events();
        assertEquals(4, events.size());
        assertEquals(List.of("FLT.008", "FLT.008", "FLT.008", "IKE.016"), events.stream().map(LogEvent::code).toList());
        assertEquals("No response from 18.182.91.31, timeout", events.get(3).message());
        assertEquals("09:12:33", events.get(3).time());
        assertTrue(events.get(0).message().startsWith("BLOCK udp 18.182.91.31:500 > 42.144.40.10:500"));
    }

    @Test
    void twoMessagesOnOneLineAreSplitAtTheKnownOpenings() {
        ShowTranscript t = ShowTranscript.read("""
                2015/09/07 14:52:21 SEC.014: 2015/09/07 14:52:21 SEC.018:
                SA not found, drop packet, 192.168.1.254 > 192.168.0.254 No SP for outbound packet, drop packet
                """);
        assertEquals(List.of("SEC.014", "SEC.018"), t.events().stream().map(LogEvent::code).toList());
        assertEquals("No SP for outbound packet, drop packet", t.events().get(1).message());
    }

    @Test
    void outputPastedAfterTheLastCommandWithoutItsPromptStartsItsOwnSection() {
        ShowTranscript t = ShowTranscript.read("""
                ix01(config)# show ip route
                IP Routing Table - 1 entries, 0 hidden, 2047 frees
                C    192.168.1.0/24 [0/1] is directly connected, GigaEthernet1.0, 0:01:02

                2015/09/07 14:52:58 IKE.016:
                No response from 10.10.10.100, timeout
                (end of log)
                """);
        assertEquals(List.of(ShowCommand.IP_ROUTE, ShowCommand.LOGGING), t.sections().stream().map(Section::kind).toList());
        assertEquals(1, t.routeTables().get(0).routes().size());
        assertEquals(List.of("No response from 10.10.10.100, timeout"), t.events().stream().map(LogEvent::message).toList(),
                "a line no stamp waits for and that opens no known message is no event");
    }

    @Test
    void aMangledLogMessageThatReadsLikeAnotherOutputStaysInTheLog() {
        ShowTranscript t = ShowTranscript.read("""
                ix01# show logging
                2024/05/14 09:12:03 IF.001: 2024/05/14 09:12:33 IKE.016:
                Interface Tunnel0.0 is down
                No response from 198.51.100.10, timeout
                """);
        assertEquals(List.of(ShowCommand.LOGGING), t.sections().stream().map(Section::kind).toList());
        assertEquals(List.of("IF.001", "IKE.016"), t.events().stream().map(LogEvent::code).toList());
        assertEquals(List.of(), t.interfaces());
    }

    @Test
    void crlfPagingAndTheRunningConfigAreRead() {
        String text = Fixtures.read("show/crlf-paged-running-config.txt");
        assertTrue(text.contains("\r\n") && text.contains("--More--"), "the fixture is what it claims");
        ShowTranscript t = ShowTranscript.read(text);
        assertEquals(1, t.configs().size());
        RunningConfig config = t.configs().get(0);
        assertTrue(config.text().startsWith("Using 1502 out of 524288 bytes"));
        assertFalse(config.text().contains("More"), "the pager is blanked out of the config");
        assertTrue(config.text().contains("\n!\ninterface Tunnel0.0") || config.text().contains("!\ninterface Tunnel0.0"));
        assertEquals(2, t.ikeSas().size());
        IkeSa second = t.ikeSas().get(1);
        assertEquals("negotiating", second.state());
        assertEquals(3, second.counter("ph1 hash err"));
        assertFalse(second.line("ph1 hash err").text().contains("\r"));
    }

    @Test
    void outputWithoutPromptsIsCutWhereEachOutputStarts() {
        ShowTranscript t = read("netmiko-no-prompt.txt");
        assertEquals(List.of(ShowCommand.IKE_SA, ShowCommand.IPSEC_SA, ShowCommand.BGP_SUMMARY),
                t.sections().stream().map(Section::kind).toList());
        BgpSummary summary = t.bgpSummaries().get(0);
        assertEquals("192.168.1.1", summary.routerId());
        assertEquals(65000L, summary.localAs());
        assertEquals(List.of("169.254.128.173", "169.254.251.133"), summary.peers().stream().map(BgpSummary.Peer::address).toList());
        assertTrue(summary.peers().stream().allMatch(BgpSummary.Peer::isEstablished));
        assertEquals(64512L, summary.peers().get(0).remoteAs());
        assertEquals("00:08:36", summary.peers().get(0).upDown());
    }

    @Test
    void linesInsideAnsibleJsonAreDecodedAndTheWrapperIsNoted() {
        ShowTranscript t = read("ansible-debug.txt");
        assertEquals(1, t.ikeSas().size());
        InterfaceState tunnel = t.interfaces().get(0);
        assertEquals("Tunnel1.0", tunnel.name());
        assertTrue(tunnel.isAdministrativelyDown());
        assertEquals("down", tunnel.lineProtocol());
        assertEquals("169.254.251.134/30", tunnel.address());
        SkippedText wrapper = t.skipped().get(0);
        assertEquals(SkippedText.Reason.NOT_OUTPUT, wrapper.reason());
        assertTrue(wrapper.first().text().startsWith("TASK [Show the AWS tunnels]"), wrapper.first().text());
    }

    @Test
    void commandsIxlsDoesNotReadAreNotedOnceForARun() {
        ShowTranscript t = ShowTranscript.read("""
                ix01# configure
                ix01(config)# ike policy p1 peer 192.0.2.1 key Secret0123456789 prop
                ix01(config)# ike keepalive p1 10 3
                ix01(config)# show ip route
                IP Routing Table - 1 entries, 0 hidden, 2047 frees
                C    192.168.1.0/24 [0/1] is directly connected, GigaEthernet1.0, 0:01:02
                ix01(config)# show version
                IX Series IX2215 (magellan-sec) Software, Version 10.7.18, RELEASE SOFTWARE
                """);
        List<SkippedText> skipped = t.skipped();
        assertEquals(2, skipped.size(), skipped.toString());
        assertEquals("configure", skipped.get(0).command());
        assertEquals(3, skipped.get(0).commands());
        assertEquals("show version", skipped.get(1).command());
        assertEquals(SkippedText.Reason.COMMAND_NOT_READ, skipped.get(1).reason());
    }

    @Test
    void outputInAnUnknownLayoutIsNotedNotGuessed() {
        ShowTranscript t = ShowTranscript.read("""
                ix01# show ip interface brief
                Interface         IP-Address      Status
                GigaEthernet0.0   192.0.2.10/24   up
                ix01# show ip route
                IP Routing Table - 0 entries, 0 hidden, 2048 frees
                """);
        assertEquals(SkippedText.Reason.OUTPUT_NOT_RECOGNISED, t.skipped().get(0).reason());
        assertEquals("show ip interface brief", t.skipped().get(0).command());
        assertTrue(t.shows(ShowCommand.IP_ROUTE), "an empty routing table is still shown");
    }

    @Test
    void configsAndSamplesAreNoTranscripts() {
        for (String fixture : List.of("ix/seed-article.ix", "ix/console-transcript.ix", "ix/device-output-ix2215-bgp.ix",
                "aws/seed-article-cisco-flattened.txt", "aws/cisco-ios-bgp.txt", "aws/generic-bgp.txt")) {
            assertFalse(ShowTranscript.looksLikeTranscript(Fixtures.read(fixture)), fixture);
        }
        for (String fixture : List.of("show/seed-article-flattened.txt", "show/netmiko-no-prompt.txt",
                "show/ansible-debug.txt", "show/routes-only.txt", "e2e/ix-aws-show.ixlog")) {
            assertTrue(ShowTranscript.looksLikeTranscript(Fixtures.read(fixture)), fixture);
        }
        assertFalse(ShowTranscript.looksLikeTranscript(""));
        assertFalse(ShowTranscript.looksLikeTranscript("\u0000\u0001binary\u0002"));
    }

    @Test
    void briefFormsHaveRowsButNoState() {
        ShowTranscript t = ShowTranscript.read("""
                ix01(config)# show ike sa brief
                ISAKMP SA - 1 configured, 1 created
                Policy                         Initiator          Responder          Life(secs)
                ike-policy                     0x3a5604810cce127e 0xb43e20ddc47f8284   2456
                ix01(config)# show ipsec sa brief
                IPsec SA - 1 configured, 3 created
                Policy map                       Dir   Type   SPI          Life(secs/bytes)
                ipsec-mgmt                       IN    ESP    0x47a00ca9     3145/-
                ipsec-mgmt                       OUT   ESP    0xcfc1133b     3145/-
                """);
        assertEquals(List.of("ike-policy"), t.ikeBrief().stream().map(IkeSaBrief::policy).toList());
        assertEquals(2456, t.ikeBrief().get(0).lifeSeconds());
        assertEquals(List.of("IN", "OUT"), t.ipsecBrief().stream().map(IpsecSaBrief::direction).toList());
        assertEquals("3145/-", t.ipsecBrief().get(0).life());
        assertEquals(List.of(), t.ikeSas());
    }

    @Test
    void theIkev2ReaderNotesOnlyAddressesAndTheWordEstablished() {
        ShowTranscript t = read("ikev2-layout-unknown.txt");
        Map<String, Boolean> seen = new java.util.LinkedHashMap<>();
        t.ikev2().forEach(m -> seen.merge(m.address(), m.established(), Boolean::logicalOr));
        assertEquals(Map.of("18.182.91.31", true, "42.144.40.10", true, "52.198.204.130", false), seen);
    }

    @Test
    void hugeAndHostileInputsEndQuickly() {
        String noise = "Local address is x\u0008\u001b[2J --More-- #ph1 hash err: 99999999999 ".repeat(2000);
        ShowTranscript t = ShowTranscript.read("ix# show ike sa\n" + noise);
        assertEquals(2000, t.ikeSas().size());
        assertEquals(0, t.ikeSas().get(0).counter("ph1 hash err"), "a number too large to be real is not read");
    }
}
