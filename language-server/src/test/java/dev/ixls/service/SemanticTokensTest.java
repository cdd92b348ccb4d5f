package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SemanticTokensTest {

    private final IxLanguageService service = new IxLanguageService();

    private List<SemanticTokens.Token> tokens(String text) {
        return service.semanticTokens().tokens(service.model(text).parsed());
    }

    private static String describe(String text, SemanticTokens.Token t) {
        String line = text.split("\n")[t.line()];
        StringBuilder mods = new StringBuilder();
        for (int i = 0; i < SemanticTokens.MODIFIERS.size(); i++) {
            if ((t.modifiers() & (1 << i)) != 0) {
                mods.append('+').append(SemanticTokens.MODIFIERS.get(i));
            }
        }
        return line.substring(t.start(), t.start() + t.length()) + ":" + SemanticTokens.TYPES.get(t.type()) + mods;
    }

    @Test
    void eachWordHasItsRoleAndKeysAreMarkedSecret() {
        String text = "! 拠点\nike policy pol1 peer 18.182.91.31 key Secret1 mode main ike-prop,default\n"
                + "ike keepalive pol1 10 10";
        List<String> got = tokens(text).stream().map(t -> describe(text, t)).toList();
        assertEquals(List.of("! 拠点:comment", "ike:keyword", "policy:keyword", "pol1:struct+declaration",
                "peer:keyword", "18.182.91.31:address", "key:keyword", "Secret1:string+secret",
                "mode:keyword", "main:enumMember", "ike-prop,default:struct", "ike:keyword", "keepalive:keyword",
                "pol1:struct", "10:number", "10:number"), got);
    }

    @Test
    void keysOnLinesTheCatalogDoesNotKnowAreSecretToo() {
        String text = "frobnicate peer 192.0.2.1 key Hidden42";
        List<String> got = tokens(text).stream().map(t -> describe(text, t)).toList();
        assertEquals(List.of("192.0.2.1:address", "Hidden42:string+secret"), got);
    }

    @Test
    void relativeEncoding() {
        var tokens = List.of(new SemanticTokens.Token(1, 2, 3, 0, 0), new SemanticTokens.Token(1, 7, 2, 4, 0),
                new SemanticTokens.Token(3, 1, 5, 6, 2));
        assertArrayEquals(new int[] {1, 2, 3, 0, 0, 0, 5, 2, 4, 0, 2, 1, 5, 6, 2}, SemanticTokens.encode(tokens));
    }

    @Test
    void aRangeGivesOnlyItsLines() {
        String text = "hostname a\nhostname b\nhostname c";
        assertEquals(2, service.semanticTokens().tokens(service.model(text).parsed(), 1, 1).size());
    }
}
