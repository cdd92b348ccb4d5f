package dev.ixls.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.syntax.ConfigLexer;
import dev.ixls.syntax.SourceText;
import dev.ixls.syntax.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandMatcherTest {

    private final CommandCatalog catalog = CommandCatalog.standard();

    private MatchResult match(String id, String line) {
        List<Word> words = ConfigLexer.lex(new SourceText(line)).get(0).words();
        return CommandMatcher.match(catalog.command(id), words);
    }

    @Test
    void completeLineBindsEveryArgument() {
        MatchResult m = match("ike.policy", "ike policy p1 peer 18.182.91.31 key abcDEF123 prop-a,prop-b");
        assertEquals(MatchStatus.COMPLETE, m.status());
        assertEquals("p1", m.text("name"));
        assertEquals("18.182.91.31", m.text("peer"));
        assertEquals("abcDEF123", m.text("key"));
        assertEquals("prop-a,prop-b", m.text("proposals"));
    }

    @Test
    void missingArgumentSaysWhatComesNext() {
        MatchResult m = match("ike.proposal", "ike proposal p encryption aes");
        assertEquals(MatchStatus.MISSING, m.status());
        assertEquals(List.of("hash"), m.expected());
    }

    @Test
    void optionalGroupsMayComeInAnyOrder() {
        assertEquals(MatchStatus.COMPLETE,
                match("ike.proposal", "ike proposal p encryption aes hash sha lifetime 3600 group 2048-bit").status());
        assertEquals(MatchStatus.COMPLETE,
                match("interface.ipsec-policy", "ipsec policy tunnel m pre-fragment df-bit ignore out").status());
    }

    @Test
    void extraWordsAndMismatches() {
        assertEquals(MatchStatus.EXTRA, match("ike.keepalive", "ike keepalive p 10 3 always").status());
        MatchResult m = match("ike.policy", "ike policy p peer somewhere key k prop");
        assertEquals(MatchStatus.MISMATCH, m.status());
        assertEquals(4, m.consumed());
    }

    @Test
    void literalsMayBeAbbreviated() {
        assertEquals(MatchStatus.COMPLETE, match("interface", "int Tunnel0.0").status());
        assertEquals(MatchStatus.MISMATCH, match("interface", "in Tunnel0.0").status());
    }

    @Test
    void repeatedArguments() {
        MatchResult m = match("ikev2.sa-proposal", "sa-proposal enc aes-cbc-256 aes-gcm-256-16");
        assertEquals(MatchStatus.COMPLETE, m.status());
        assertEquals(2, m.all("algorithms").size());
    }

    private java.util.List<String> next(String id, String typed) {
        List<Word> words = ConfigLexer.lex(new SourceText(typed)).get(0).words();
        return CommandMatcher.nextElements(catalog.command(id), words).stream().map(CommandMatcher::describe).toList();
    }

    @Test
    void nextElementsAreWhatCompletionOffers() {
        // Optional groups after a complete line, in any order.
        assertEquals(List.of("group", "lifetime"), next("ike.proposal", "ike proposal p encryption aes hash sha"));
        assertEquals(List.of("group"), next("ike.proposal", "ike proposal p encryption aes hash sha lifetime 3600"));
        // Alternatives where an argument is due.
        assertEquals(List.of("<peer>", "any"), next("ike.policy", "ike policy p peer"));
        // One more repetition may follow a repeated argument.
        assertEquals(List.of("<algorithms>"), next("ikev2.sa-proposal", "sa-proposal enc aes-cbc-256"));
        // Free text goes on.
        assertEquals(List.of("<text>"), next("interface.description", "description to aws"));
        // Nothing fits after a wrong keyword.
        assertEquals(List.of(), next("ike.keepalive", "ike keepalives"));
    }

    @Test
    void everyCatalogCommandHasDocsInBothLanguagesAndAUsage() {
        for (CommandSpec c : catalog.commands()) {
            assertNotNull(c.doc());
            assertTrue(!c.doc().en().isBlank() && !c.doc().ja().isBlank(), c.id());
            assertTrue(!c.usage().contains(":"), c.id() + " usage leaks type annotations: " + c.usage());
        }
    }

    @Test
    void theUserPasswordIsTheWordAfterTheOptionalLevel() {
        // `plain 0 PW` in conbu/conbu-ix2105-detchup's template; `hash PW administrator` in device output;
        // a README typing a comment after the privilege (NozShiro/IX2105-Config).
        assertEquals("Ops7venue", match("username", "username ops password plain 0 Ops7venue").text("password"));
        assertEquals("Pw", match("username", "username a password plain 1 Pw administrator").text("password"));
        assertEquals("9F8e7D@", match("username", "username a password hash 9F8e7D@ administrator").text("password"));
        assertEquals("12345678", match("username", "username a password plain 12345678 operator").text("password"));
        assertEquals("'pw'", match("username", "username 'a' password hash 'pw' administrator #note").text("password"));
    }

    @Test
    void fieldFormsOfTunnelsAndRoutes() {
        MatchResult gre = match("interface.tunnel-mode", "tunnel mode gre ipv6");
        assertEquals(MatchStatus.COMPLETE, gre.status());
        assertEquals("gre", gre.text("mode"));
        assertEquals(MatchStatus.COMPLETE, match("interface.tunnel-mode", "tunnel mode map-e ocn").status());
        assertEquals(MatchStatus.COMPLETE, match("interface.tunnel-mode", "tunnel mode 4-over-6").status());
        assertEquals(MatchStatus.COMPLETE,
                match("ip.route", "ip route default 10.0.0.2 GigaEthernet0.0 metric 200").status());
        assertEquals(MatchStatus.COMPLETE, match("ip.route", "ip route 203.0.113.9/32 GigaEthernet0.0 dhcp").status());
        MatchResult host = match("ipsec.local-id", "ipsec local-id site-map 10.20.30.40");
        assertEquals(MatchStatus.COMPLETE, host.status());
        assertEquals("10.20.30.40", host.text("host"));
    }
}
