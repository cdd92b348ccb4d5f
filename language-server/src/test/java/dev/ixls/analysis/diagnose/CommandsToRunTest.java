package dev.ixls.analysis.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.Fixtures;
import dev.ixls.analysis.AnalysisContext;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.model.IxConfigModelBuilder;
import dev.ixls.parse.IxConfigParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The show commands a config's AWS tunnels need, in the order a tunnel comes up. */
class CommandsToRunTest {

    private static List<String> commands(String fixture) {
        var config = IxConfigModelBuilder.build(new IxConfigParser().parse(Fixtures.read(fixture)));
        return CommandsToRun.forConfig(new AnalysisContext(fixture, config, List.of(), CommandCatalog.standard()));
    }

    @Test
    void ikev1WithBgp() {
        assertEquals(List.of("terminal length 0", "show running-config", "show ike sa", "show ipsec sa",
                "show interfaces Tunnel0.0", "show interfaces Tunnel1.0", "show ip bgp summary",
                "show ip bgp neighbors 169.254.128.173 advertised-routes",
                "show ip bgp neighbors 169.254.251.133 advertised-routes", "show ip route", "show logging",
                "ping 169.254.128.173 count 3", "ping 169.254.251.133 count 3"), commands("ix/seed-article.ix"));
    }

    @Test
    void ikev2AsksForTheIkev2Sa() {
        List<String> c = commands("convert/seed-article.ikev2.expected.ix");
        assertEquals("show ikev2 sa", c.get(2));
        assertEquals("show ipsec sa", c.get(3));
    }

    @Test
    void typedKeysAreMaskedInNotes() {
        assertEquals("ike policy p peer 192.0.2.1 key ******** prop",
                CommandsToRun.masked("ike policy p peer 192.0.2.1 key Secret0123 prop"));
        assertEquals("ikev2 authentication psk id ipv4 192.0.2.1 key char ********",
                CommandsToRun.masked("ikev2 authentication psk id ipv4 192.0.2.1 key char Secret0123"));
        assertEquals("username admin password plain ******** administrator",
                CommandsToRun.masked("username admin password plain pw0123 administrator"));
        assertEquals("username admin password plain 1 ******** administrator",
                CommandsToRun.masked("username admin password plain 1 pw0123 administrator"), "1 is the level");
        assertEquals("show ike sa", CommandsToRun.masked("show ike sa"));
    }
}
