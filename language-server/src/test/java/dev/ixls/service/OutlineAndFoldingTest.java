package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.i18n.Language;
import dev.ixls.parse.ParsedConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineAndFoldingTest {

    private final IxLanguageService service = new IxLanguageService();

    private ParsedConfig seed() {
        return service.model(Fixtures.read("ix/seed-article.ix")).parsed();
    }

    @Test
    void outlineIsHierarchicalWithNamedStructures() {
        List<DocumentSymbols.OutlineSymbol> symbols = service.documentSymbols().of(seed(), Language.EN);
        List<String> names = symbols.stream().map(DocumentSymbols.OutlineSymbol::name).toList();
        assertEquals(List.of("sec-list", "ike-prop", "ike-policy1", "ike-policy2", "ipsec-prop", "ipsec-map1",
                "ipsec-map2", "GigaEthernet0.0", "GigaEthernet1.0", "Tunnel0.0", "Tunnel1.0", "router bgp 65000"), names);
        DocumentSymbols.OutlineSymbol bgp = symbols.get(symbols.size() - 1);
        assertEquals(DocumentSymbols.Kind.NAMESPACE, bgp.kind());
        assertEquals(List.of("address-family ipv4 unicast"), bgp.children().stream()
                .map(DocumentSymbols.OutlineSymbol::name).toList());
        DocumentSymbols.OutlineSymbol tunnel = symbols.get(9);
        assertEquals(DocumentSymbols.Kind.INTERFACE, tunnel.kind());
        assertEquals("interface", tunnel.detail());
        assertEquals(5, tunnel.range().end().line() - tunnel.range().start().line(), "the block body is inside");
        assertEquals("IKE policy", symbols.get(2).detail());
        assertEquals("IKE ポリシー", service.documentSymbols().of(seed(), Language.JA).get(2).detail());
        // Children lie inside their parent.
        assertTrue(bgp.children().get(0).range().start().compareTo(bgp.range().start()) > 0);
        assertTrue(bgp.children().get(0).range().end().compareTo(bgp.range().end()) <= 0);
    }

    @Test
    void consecutiveLinesOfOneAccessListAreOneSymbolAndKeysNeverShow() {
        ParsedConfig p = service.model("""
                ip access-list acl1 permit ip src any dest any
                ip access-list acl1 deny ip src any dest any
                router bgp 65000
                  neighbor 169.254.1.1 password Secret123
                """).parsed();
        var symbols = service.documentSymbols().of(p, Language.EN);
        assertEquals("acl1", symbols.get(0).name());
        assertEquals(1, symbols.get(0).range().end().line());
        assertEquals(2, symbols.size());
        assertFalse(symbols.toString().contains("Secret123"));
    }

    @Test
    void blocksAndCommentRunsFold() {
        List<Folding.Fold> folds = Folding.of(service.model("""
                ! first comment
                ! second comment
                interface Tunnel0.0
                  tunnel mode ipsec
                  no shutdown
                !
                router bgp 65000
                  neighbor 169.254.1.1 remote-as 64512
                  address-family ipv4 unicast
                    network 10.0.0.0/8
                    originate-default
                """).parsed());
        assertEquals(List.of(new Folding.Fold(0, 1, Folding.Kind.COMMENT), new Folding.Fold(2, 4, Folding.Kind.REGION),
                new Folding.Fold(6, 10, Folding.Kind.REGION), new Folding.Fold(8, 10, Folding.Kind.REGION)), folds);
    }
}
