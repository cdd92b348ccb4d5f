package dev.ixls.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Typed commands, in full or shortened, and the output ixls expects after them. */
class ShowCommandTest {

    @Test
    void fullAndShortenedCommands() {
        assertEquals(ShowCommand.IKE_SA, ShowCommand.of("show ike sa"));
        assertEquals(ShowCommand.IKE_SA_BRIEF, ShowCommand.of("sh ike sa br"));
        assertEquals(ShowCommand.IKEV2_SA, ShowCommand.of("show ikev2 sa"));
        assertEquals(ShowCommand.IPSEC_SA, ShowCommand.of("SHOW IPSEC SA"));
        assertEquals(ShowCommand.IPSEC_SA_BRIEF, ShowCommand.of("show ipsec sa brief"));
        assertEquals(ShowCommand.BGP_SUMMARY, ShowCommand.of("sh ip bgp su"));
        assertEquals(ShowCommand.BGP_ADVERTISED_ROUTES,
                ShowCommand.of("show ip bgp neighbors 169.254.128.173 advertised-routes"));
        assertEquals(ShowCommand.IP_ROUTE, ShowCommand.of("show ip route"));
        assertEquals(ShowCommand.INTERFACES, ShowCommand.of("show interfaces Tunnel0.0"));
        assertEquals(ShowCommand.IP_INTERFACE, ShowCommand.of("show ip interface GigaEthernet2.0"));
        assertEquals(ShowCommand.LOGGING, ShowCommand.of("show logging"));
        assertEquals(ShowCommand.RUNNING_CONFIG, ShowCommand.of("sh run"));
        assertEquals(ShowCommand.PING, ShowCommand.of("ping 169.254.128.173 count 3"));
    }

    @Test
    void otherCommandsAreOther() {
        for (String typed : new String[] {"", "configure", "show version", "show ike policy", "show ip route bgp",
                "show ike sa detail", "ping", "interface Tunnel0.0", "show ip bgp neighbors"}) {
            assertEquals(ShowCommand.OTHER, ShowCommand.of(typed), typed);
        }
    }
}
