package dev.ixls.service;

import static dev.ixls.assertions.CompletionAssertions.assertDoesNotOffer;
import static dev.ixls.assertions.CompletionAssertions.assertKind;
import static dev.ixls.assertions.CompletionAssertions.assertLabels;
import static dev.ixls.assertions.CompletionAssertions.assertOffers;
import static dev.ixls.assertions.CompletionAssertions.assertSortsBefore;
import static dev.ixls.assertions.CompletionAssertions.item;
import static dev.ixls.assertions.CompletionAssertions.labels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.assertions.Marked;
import dev.ixls.i18n.Language;
import dev.ixls.model.IxConfig;
import dev.ixls.syntax.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionTest {

    private final IxLanguageService service = new IxLanguageService();

    private List<CompletionProposal> complete(String marked) {
        return complete(marked, List.of(), List.of(), Language.EN, true);
    }

    private List<CompletionProposal> complete(String marked, List<LinkedSample> linked, List<LinkedSample> workspace,
            Language lang, boolean snippets) {
        Marked m = Marked.of(marked);
        IxConfig config = service.model(m.text());
        return service.completion().complete(config, linked, workspace, m.cursor(), new Completion.Options(lang, snippets));
    }

    @Test
    void topLevelOffersGlobalCommandsOnly() {
        List<CompletionProposal> items = complete("hostname r1\n|");
        assertOffers(items, "ike", "ipsec", "interface", "router", "ip", "no");
        assertDoesNotOffer(items, "tunnel", "exit"); // an interface command; no block is open
        assertKind(CompletionProposal.Kind.KEYWORD, item(items, "interface"));
    }

    @Test
    void insideAnIndentedBlockOnlyItsCommandsAndExitAreOffered() {
        List<CompletionProposal> items = complete("interface Tunnel0.0\n  tunnel mode ipsec\n  |");
        assertOffers(items, "tunnel", "ipsec", "shutdown", "exit");
        assertDoesNotOffer(items, "ike", "router", "hostname");
        // `ipsec` inside an interface is `ipsec policy ...`, never the global `ipsec autokey-map`.
        List<CompletionProposal> ipsec = complete("interface Tunnel0.0\n  tunnel mode ipsec\n  ipsec |");
        assertOffers(ipsec, "policy");
        assertDoesNotOffer(ipsec, "autokey-map", "autokey-proposal");
        // Nor are whole global commands offered as snippets there.
        assertDoesNotOffer(items, "ike-policy", "ipsec-autokey-map", "aws-tunnel-pair");
    }

    @Test
    void atTheLeftMarginUnderAnIndentedBlockGlobalCommandsComeFirst() {
        assertSortsBefore(complete("interface Tunnel0.0\n  tunnel mode ipsec\n|"), "router", "tunnel");
    }

    @Test
    void nextKeywordOfTheCommandBeingTyped() {
        assertLabels(complete("ike proposal p1 |"), "encryption");
        List<CompletionProposal> ciphers = complete("ike proposal p1 encryption |");
        assertLabels(ciphers, "aes", "aes-192", "aes-256", "3des", "des");
        assertKind(CompletionProposal.Kind.VALUE, item(ciphers, "aes"));
        assertLabels(complete("ike proposal p1 encryption aes hash sha |"), "group", "lifetime");
        assertLabels(complete("ike proposal p1 encryption aes hash sha group |"), "1024-bit", "1536-bit", "2048-bit",
                "768-bit");
    }

    @Test
    void thePartOfAWordTypedFiltersAndIsReplaced() {
        List<CompletionProposal> items = complete("ike proposal p1 encryption aes hash sha2-|");
        assertLabels(items, "sha2-256", "sha2-384", "sha2-512");
        assertEquals(Range.onLine(0, 36, 41), items.get(0).replace());
    }

    @Test
    void peerOrKeyWordsOfIkePolicy() {
        assertLabels(complete("ike policy pol1 |"), "peer");
        assertLabels(complete("ike policy pol1 peer 18.182.91.31 |"), "key");
        // A key is never proposed.
        assertLabels(complete("ike policy pol1 peer 18.182.91.31 key |", Samples.linked(Samples.SEED), List.of(),
                Language.EN, true));
    }

    @Test
    void referencesProposeTheDefinedNamesWithTheirDefinitionKeysMasked() {
        String config = "ike proposal ike-prop encryption aes hash sha\n"
                + "ike proposal strong encryption aes-256 hash sha2-256\n"
                + "ike policy pol1 peer 18.182.91.31 key SecretKey123 ike-prop\n"
                + "ike keepalive |";
        List<CompletionProposal> items = complete(config);
        assertLabels(items, "pol1");
        assertKind(CompletionProposal.Kind.REFERENCE, items.get(0));
        assertTrue(items.get(0).documentation().contains("ike policy pol1 peer 18.182.91.31 key ********"),
                items.get(0).documentation());
        assertFalse(items.get(0).documentation().contains("SecretKey123"));

        List<CompletionProposal> proposals = complete(config.replace("ike keepalive |",
                "ike policy pol2 peer 52.198.204.130 key k2 |"));
        assertOffers(proposals, "ike-prop", "strong", "default");
        assertOffers(proposals, "mode"); // the optional mode keyword may also come
    }

    @Test
    void aCommaSeparatedListCompletesTheNameAfterTheComma() {
        String config = "ike proposal ike-prop encryption aes hash sha\nike proposal strong encryption aes hash sha\n"
                + "ike policy pol1 peer 18.182.91.31 key k ike-prop,st|";
        List<CompletionProposal> items = complete(config);
        CompletionProposal strong = item(items, "strong");
        int after = "ike policy pol1 peer 18.182.91.31 key k ike-prop,".length();
        assertEquals(Range.onLine(2, after, after + 2), strong.replace());
        assertDoesNotOffer(items, "ike-prop"); // filtered by what follows the comma
    }

    @Test
    void interfaceNamesWhereAnInterfaceIsExpected() {
        String config = "interface GigaEthernet0.0\n  ip address 192.0.2.1/24\n!\ninterface Tunnel0.0\n"
                + "  ikev2 outgoing-interface |";
        assertOffers(complete(config), "GigaEthernet0.0", "Tunnel0.0");
        // The next free tunnel.
        CompletionProposal next = item(complete("interface Tunnel0.0\n!\ninterface |"), "Tunnel1.0");
        assertEquals("a new tunnel interface", next.detail());
    }

    @Test
    void awsValuesFromTheLinkedSample() {
        List<LinkedSample> seed = Samples.linked(Samples.SEED);
        List<CompletionProposal> peers = complete("ike policy pol1 peer |", seed, List.of(), Language.EN, true);
        assertLabels(peers, "18.182.91.31", "52.198.204.130", "any");
        assertEquals("AWS peer of tunnel #1 of vpn-0e88bfbe4ce7ff72a", peers.get(0).detail());
        assertKind(CompletionProposal.Kind.ADDRESS, peers.get(0));

        assertOffers(complete("interface Tunnel0.0\n  ip address |", seed, List.of(), Language.EN, true),
                "169.254.128.174/30", "169.254.251.134/30");
        assertLabels(complete("router bgp 65000\n  neighbor |", seed, List.of(), Language.EN, true), "169.254.128.173",
                "169.254.251.133");
        List<CompletionProposal> remoteAs = complete("router bgp 65000\n  neighbor 169.254.128.173 remote-as |", seed,
                List.of(), Language.EN, true);
        assertLabels(remoteAs, "64512");
        assertKind(CompletionProposal.Kind.NUMBER, remoteAs.get(0));
        assertLabels(complete("router bgp |", seed, List.of(), Language.EN, true), "65000");
    }

    @Test
    void withNothingLinkedTheWorkspaceSamplesOffer() {
        List<LinkedSample> seed = Samples.linked(Samples.SEED);
        assertOffers(complete("ipsec autokey-map m1 acl peer |", List.of(), seed, Language.EN, true), "18.182.91.31");
    }

    @Test
    void negatedCommandsCompleteLikeTheCommand() {
        assertOffers(complete("interface Tunnel0.0\n  no |"), "shutdown");
        assertLabels(complete("interface Tunnel0.0\n  no ip tcp |"), "adjust-mss");
    }

    @Test
    void oneItemPerWordAndSnippetsFilteredLikeTheRest() {
        List<String> labels = labels(complete("interface Tunnel0.0\n  ip |"));
        assertEquals(1, labels.stream().filter("dhcp"::equals).count(), labels.toString());
        List<String> i = labels(complete("i|"));
        assertFalse(i.stream().anyMatch(l -> l.startsWith("aws-") || l.startsWith("tunnel-")), i.toString());
        assertKind(CompletionProposal.Kind.SNIPPET, item(complete("aws|"), "aws-tunnel-pair"));
    }

    @Test
    void nothingInComments() {
        assertLabels(complete("! ike |"));
        assertLabels(complete("interface Tunnel0.0\n  ! note |"));
    }

    @Test
    void documentationInTheClientsLanguage() {
        List<CompletionProposal> ja = complete("ike proposal p1 |", List.of(), List.of(), Language.JA, true);
        assertTrue(ja.get(0).documentation().contains("IKE"), ja.get(0).documentation());
        List<CompletionProposal> en = complete("ike proposal p1 |");
        assertNotEquals(en.get(0).documentation(), ja.get(0).documentation());
        assertTrue(ja.get(0).documentation().codePoints().anyMatch(c -> c >= 0x3040 && c <= 0x30ff),
                "Japanese text expected: " + ja.get(0).documentation());
    }

    @Test
    void japaneseCommentsAndFullWidthTextBeforeTheCursorKeepColumnsInUtf16() {
        String config = "! 拠点 𠮷 のルータ\ninterface Tunnel0.0\n  description 東京　本社 |";
        assertLabels(complete(config)); // free text takes anything
        List<CompletionProposal> items = complete("! 拠点 𠮷\nike proposal p1 encryption aes hash sha2-|");
        assertEquals(Range.onLine(1, 36, 41), items.get(0).replace());
    }

    @Test
    void cursorPastTheEndIsClamped() {
        Marked m = Marked.of("ike proposal p1 |");
        IxConfig config = service.model(m.text());
        var items = service.completion().complete(config, List.of(), List.of(), new dev.ixls.syntax.Position(0, 999),
                new Completion.Options(Language.EN, true));
        assertLabels(items, "encryption");
        var beyond = service.completion().complete(config, List.of(), List.of(), new dev.ixls.syntax.Position(50, 3),
                new Completion.Options(Language.EN, true));
        assertLabels(beyond, "encryption");
    }

    @Test
    void snippetsForATunnelPairAndATunnelInterface() {
        List<LinkedSample> seed = Samples.linked(Samples.SEED);
        List<CompletionProposal> items = complete("interface Tunnel0.0\n  no shutdown\n!\n|", seed, List.of(),
                Language.EN, true);
        CompletionProposal pair = item(items, "aws-tunnel-pair vpn-0e88bfbe4ce7ff72a");
        assertTrue(pair.snippet());
        assertTrue(pair.insertText().contains("peer ${2:18.182.91.31}"), pair.insertText());
        assertTrue(pair.insertText().contains("interface Tunnel1.0"), "Tunnel0.0 is taken: " + pair.insertText());
        assertFalse(pair.insertText().contains(Samples.SEED_KEY_1), "never a key");
        CompletionProposal tunnel = item(items, "tunnel-interface");
        assertTrue(tunnel.insertText().startsWith("interface ${1:Tunnel1.0}"), tunnel.insertText());

        // Without snippet support the same text comes plain, placeholders filled with their defaults.
        CompletionProposal plain = item(complete("|", seed, List.of(), Language.EN, false),
                "aws-tunnel-pair vpn-0e88bfbe4ce7ff72a");
        assertFalse(plain.snippet());
        assertFalse(plain.insertText().contains("${"), plain.insertText());
        assertTrue(plain.insertText().contains("ike keepalive ike-policy1 10 10"), plain.insertText());
        // The generated pair reads back as a config with both tunnels.
        IxConfig generated = service.model(plain.insertText());
        assertEquals(2, generated.ikePolicies().size());
        assertEquals("18.182.91.31", generated.peerOf(generated.interfaces().get("Tunnel0.0")));
    }

    @Test
    void wholeCommandSnippetsWithPlaceholdersAtTheTop() {
        String config = "ike proposal ike-prop encryption aes hash sha group 1024-bit\n"
                + "ipsec autokey-proposal ipsec-prop esp-aes esp-sha\n"
                + "ip access-list sec-list permit ip src any dest any\n|";
        List<CompletionProposal> items = complete(config);
        assertOffers(items, "ike-policy", "ipsec-autokey-map", "tunnel-interface", "aws-tunnel-pair", "router-bgp");
        CompletionProposal policy = item(items, "ike-policy");
        assertKind(CompletionProposal.Kind.SNIPPET, policy);
        assertEquals("ike policy ${1:ike-policy1} peer ${2:PEER} key ${3:KEY} ${4:ike-prop}$0", policy.insertText());
        CompletionProposal map = item(items, "ipsec-autokey-map");
        assertEquals("ipsec autokey-map ${1:ipsec-map1} ${2:sec-list} peer ${3:PEER} ${4:ipsec-prop} pfs ${5:2048-bit}$0",
                map.insertText());
        for (CompletionProposal p : items) {
            assertTrue(p.documentation() != null && !p.documentation().isBlank(), p.label() + " has documentation");
        }
    }

    @Test
    void snippetsTakeTheLinkedSamplesPeersAndTheBgpNeighborPair() {
        List<LinkedSample> seed = Samples.linked(Samples.SEED);
        String config = "ike policy ike-policy1 peer 18.182.91.31 key k ike-prop\n|";
        CompletionProposal policy = item(complete(config, seed, List.of(), Language.EN, true), "ike-policy");
        assertEquals("ike policy ${1:ike-policy2} peer ${2:52.198.204.130} key ${3:KEY} ${4:ike-prop}$0",
                policy.insertText(), "the next policy name and the sample's peer not yet configured");
        List<CompletionProposal> inBgp = complete("router bgp 65000\n  |", seed, List.of(), Language.EN, true);
        CompletionProposal pair = item(inBgp, "bgp-neighbor-pair vpn-0e88bfbe4ce7ff72a");
        assertKind(CompletionProposal.Kind.SNIPPET, pair);
        assertEquals("neighbor ${1:169.254.128.173} remote-as ${2:64512}\nneighbor $1 timers 10 30\n"
                + "neighbor ${3:169.254.251.133} remote-as $2\nneighbor $3 timers 10 30\n$0", pair.insertText());
        assertOffers(inBgp, "bgp-neighbor", "neighbor");
        assertDoesNotOffer(inBgp, "ike-policy", "aws-tunnel-pair");
    }

    @Test
    void everyItemIsDocumentedInBothLanguages() {
        String config = "ike proposal p1 encryption aes hash sha\nike policy pol1 peer 18.182.91.31 key k p1\n"
                + "interface Tunnel0.0\n  ipsec policy tunnel m\n";
        List<LinkedSample> seed = Samples.linked(Samples.SEED);
        for (Language lang : Language.values()) {
            for (String marked : List.of(config + "|", config + "ike keepalive |", "interface |",
                    config + "ike policy pol2 peer |", config + "ike proposal p2 encryption |",
                    config + "  ipsec policy tunnel |")) {
                for (CompletionProposal p : complete(marked, seed, List.of(), lang, true)) {
                    assertTrue(p.documentation() != null && !p.documentation().isBlank(),
                            lang + " " + marked.replace("\n", "/") + ": " + p.label() + " has no documentation");
                }
            }
        }
        CompletionProposal ja = item(complete(config + "|", seed, List.of(), Language.JA, true), "ike-policy");
        assertTrue(ja.documentation().chars().anyMatch(c -> c > 0x3000), ja.documentation());
    }
}
