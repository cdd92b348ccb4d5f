package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.syntax.ConfigLexer;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.SourceText;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FormatterTest {

    private final IxLanguageService service = new IxLanguageService();

    private String format(String text) {
        return Formatter.apply(text, Formatter.format(service.model(text).parsed()));
    }

    /** Every word and every comment, in order: what formatting must never change. */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (ConfigLine line : ConfigLexer.lex(new SourceText(text))) {
            switch (line.kind()) {
                case COMMAND -> line.words().stream().map(Word::text).forEach(out::add);
                case BLANK -> { }
                default -> out.add(line.text().strip());
            }
        }
        return out;
    }

    @Test
    void twoSpacesPerBlockLevel() {
        String flat = """
                ! tunnels
                interface Tunnel0.0
                tunnel mode ipsec
                      ip address 169.254.1.2/30\t
                ! after the block
                router bgp 65000
                neighbor 169.254.1.1 remote-as 64512
                address-family ipv4 unicast
                network 10.0.0.0/8
                 ! inside the address family
                originate-default
                hostname r1
                """;
        assertEquals("""
                ! tunnels
                interface Tunnel0.0
                  tunnel mode ipsec
                  ip address 169.254.1.2/30
                ! after the block
                router bgp 65000
                  neighbor 169.254.1.1 remote-as 64512
                  address-family ipv4 unicast
                    network 10.0.0.0/8
                    ! inside the address family
                    originate-default
                hostname r1
                """, format(flat));
    }

    @Test
    void blankLinesLoseTheirSpacesAndFullWidthSpacesAreWords() {
        String text = "interface Tunnel0.0\n   \n  description 東京\u3000本社  \n\u3000x\n";
        String formatted = format(text);
        // The full-width space is no indentation: the lexer reads it as part of a word, which stays.
        assertEquals("interface Tunnel0.0\n\n  description 東京\u3000本社\n  \u3000x\n", formatted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ix/seed-article.ix", "ix/ikev2-two-tunnels.ix", "ix/console-transcript.ix",
            "ix/device-output-ix2215-bgp.ix", "ix/hand-typed-flat-ikev1.ix", "ix/pppoe-home-router.ix",
            "convert/seed-article.ikev2.expected.ix"})
    void idempotentAndNeverChangesAWordOrLosesAComment(String fixture) {
        String original = Fixtures.read(fixture);
        String once = format(original);
        assertEquals(once, format(once), "formatting twice changes nothing more");
        assertEquals(tokens(original), tokens(once), "the same words and comments, in the same order");
        // Block structure is unchanged: the same depth for every line.
        assertTrue(java.util.Arrays.equals(service.model(original).parsed().depths(),
                service.model(once).parsed().depths()));
    }

    @Test
    void aFormattedConfigNeedsNoEdits() {
        String seed = Fixtures.read("ix/seed-article.ix");
        assertEquals(List.of(), Formatter.format(service.model(seed).parsed()));
    }

    @Test
    void rangeFormattingTouchesOnlyItsLines() {
        String text = "interface Tunnel0.0\ntunnel mode ipsec\nno shutdown\n";
        var edits = Formatter.format(service.model(text).parsed(), 1, 1);
        assertEquals("interface Tunnel0.0\n  tunnel mode ipsec\nno shutdown\n", Formatter.apply(text, edits));
    }

    @Test
    void crlfLineEndingsStay() {
        String text = "interface Tunnel0.0\r\ntunnel mode ipsec\r\n";
        assertEquals("interface Tunnel0.0\r\n  tunnel mode ipsec\r\n", format(text));
    }
}
