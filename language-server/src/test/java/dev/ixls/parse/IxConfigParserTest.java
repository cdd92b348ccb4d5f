package dev.ixls.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IxConfigParserTest {

    private final IxConfigParser parser = new IxConfigParser();

    @Test
    void blocksFollowOpeningCommandsNotIndentation() {
        ParsedConfig p = parser.parse("interface Tunnel0.0\ntunnel mode ipsec\nip address 169.254.1.2/30\n"
                + "ike proposal x encryption aes hash sha\nip address 10.0.0.1/24\n");
        Statement tunnelMode = p.statementAt(1);
        assertEquals("interface", tunnelMode.context());
        assertEquals("interface", tunnelMode.parent().commandId());
        Statement ike = p.statementAt(3);
        assertEquals("global", ike.context());
        assertNull(ike.parent());
        // After a global command the interface is closed: this address stands outside any interface.
        assertEquals(Placement.OUT_OF_BLOCK, p.statementAt(4).placement());
    }

    @Test
    void exitClosesOneBlockAndEndAll() {
        ParsedConfig p = parser.parse("router bgp 65000\n address-family ipv4 unicast\n  network 10.0.0.0/8\n exit\n"
                + " neighbor 169.254.1.1 remote-as 64512\nexit\nhostname a\n");
        assertEquals("router-bgp", p.statementAt(4).context());
        assertEquals("global", p.statementAt(6).context());
        assertEquals(Placement.EXIT, p.statementAt(3).placement());
    }

    @Test
    void nestedDepthsForFoldingAndFormatting() {
        ParsedConfig p = parser.parse(Fixtures.read("ix/seed-article.ix"));
        int routerBgp = lineOf(p, "router bgp 65000");
        assertEquals(0, p.depths()[routerBgp]);
        assertEquals(1, p.depths()[routerBgp + 1]);
        assertEquals(2, p.depths()[lineOf(p, "    network 192.168.1.0/24")]);
    }

    @Test
    void unknownCommandsAreKeptInTheirBlock() {
        ParsedConfig p = parser.parse("interface GigaEthernet0.0\n  frobnicate on\n  no shutdown\n");
        Statement unknown = p.statementAt(1);
        assertEquals(Placement.UNKNOWN, unknown.placement());
        assertEquals("interface", unknown.context());
        assertEquals(Placement.IN_BLOCK, p.statementAt(2).placement());
        assertEquals(3, p.statements().size());
    }

    @Test
    void dedentedLinePrefersTheOuterBlockWhenBothAccept() {
        // `ikev2 profile X` is a reference inside an interface and a block opener at the top.
        ParsedConfig p = parser.parse("interface Tunnel0.0\n  ikev2 profile a\nikev2 profile b\n  dpd interval 10\n");
        assertEquals("interface.ikev2-profile", p.statementAt(1).commandId());
        assertEquals("ikev2.profile", p.statementAt(2).commandId());
        assertEquals("ikev2-profile", p.statementAt(3).context());
    }

    @Test
    void catchAllDoesNotSwallowAGlobalCommand() {
        ParsedConfig p = parser.parse("interface Tunnel0.0\nip address 169.254.1.2/30\nip route default 192.0.2.1\n");
        assertEquals("ip.route", p.statementAt(2).commandId());
        assertEquals("global", p.statementAt(2).context());
    }

    @Test
    void noFormsMayDropArguments() {
        ParsedConfig p = parser.parse("interface GigaEthernet1.0\n  no ip address\n  shutdown\n");
        Statement no = p.statementAt(1);
        assertTrue(no.negated());
        assertEquals("interface.ip-address", no.commandId());
        assertTrue(no.isWellFormed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ix/seed-article.ix", "ix/device-output-ix2215-bgp.ix", "ix/hand-typed-flat-ikev1.ix",
            "ix/ikev2-two-tunnels.ix", "ix/pppoe-home-router.ix", "ix/device-output-ix2025-aggressive.ix"})
    void realShapedConfigsHaveNoMisplacedCommands(String fixture) {
        ParsedConfig p = parser.parse(Fixtures.read(fixture));
        List<Statement> misplaced = p.statements().stream().filter(s -> s.placement() == Placement.OUT_OF_BLOCK).toList();
        assertEquals(List.of(), misplaced);
        List<Statement> unknown = p.statements().stream().filter(s -> s.placement() == Placement.UNKNOWN).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void consoleTranscriptReadsThroughPrompts() {
        ParsedConfig p = parser.parse(Fixtures.read("ix/console-transcript.ix"));
        Statement address = p.statementAt(3);
        assertEquals("interface.ip-address", address.commandId());
        assertEquals("interface", address.context());
        assertEquals("ip.route", p.statementAt(9).commandId());
    }

    @Test
    void anIndentedMemberKnownOnlyOutsideTheBlockDoesNotCloseIt() {
        // `hostname` is global only; indented like the interface's members it must not end the
        // interface, or every line after it would be called out of its block.
        ParsedConfig p = parser.parse("interface GigaEthernet1.0\n  ip address 192.168.1.1/24\n  hostname x\n"
                + "  bridge-group 1\n  no shutdown\nhostname y\n  no shutdown\n");
        assertEquals(Placement.IN_BLOCK, p.statementAt(2).placement());
        assertEquals(1, p.depths()[2]); // formatting keeps it where it stands
        assertEquals("interface", p.statementAt(3).context());
        assertEquals(Placement.IN_BLOCK, p.statementAt(4).placement());
        // At the top level it is global, and the interface is closed.
        assertNull(p.statementAt(5).parent());
        assertEquals(Placement.OUT_OF_BLOCK, p.statementAt(6).placement());
    }

    @Test
    void ufsCacheTimeoutInsideAnInterface() {
        // Seen in a public IX2215 home-router note (DS-Lite, QoS): per-interface UFS cache timeouts.
        ParsedConfig p = parser.parse("interface GigaEthernet1.0\n  ip address 172.16.0.1/23\n"
                + "  ip ufs-cache timeout tcp 60\n  ip ufs-cache timeout udp 300\n  bridge-group 1\n  no shutdown\n");
        for (int line = 1; line <= 5; line++) {
            assertEquals(Placement.IN_BLOCK, p.statementAt(line).placement(), "line " + line);
            assertEquals("interface", p.statementAt(line).context(), "line " + line);
        }
    }

    @Test
    void linesAfterAnUnknownOpenerMayBeItsMembers() {
        ParsedConfig p = parser.parse("frobnicator-profile a\n  set ip dscp 48\n  match foo\nhostname x\n"
                + "frobnicator-profile b\nset ip dscp 40\nhostname y\nset ip dscp 10\n");
        assertTrue(p.statementAt(1).inUnknownBlock());
        assertTrue(p.statementAt(2).inUnknownBlock());
        assertFalse(p.statementAt(3).inUnknownBlock());
        // Flat typed input: right after an unknown line, a line that does not fit may be its member.
        assertTrue(p.statementAt(5).inUnknownBlock());
        assertFalse(p.statementAt(6).inUnknownBlock());
        assertFalse(p.statementAt(7).inUnknownBlock());
    }

    private static int lineOf(ParsedConfig p, String text) {
        for (int i = 0; i < p.lines().size(); i++) {
            if (p.lines().get(i).text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no line " + text);
    }
}
