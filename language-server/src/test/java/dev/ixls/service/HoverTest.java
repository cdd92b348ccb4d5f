package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.i18n.Language;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoverTest {

    private final IxLanguageService service = new IxLanguageService();
    private final List<LinkedSample> seed = Samples.linked(Samples.SEED);

    private Optional<Hover.Info> hover(String marked, List<LinkedSample> samples, Language lang) {
        Marked m = Marked.of(marked);
        return service.hover().hover(service.model(m.text()), samples, m.cursor(), lang);
    }

    private String text(String marked, List<LinkedSample> samples, Language lang) {
        return hover(marked, samples, lang).orElseThrow(() -> new AssertionError("no hover")).markdown();
    }

    @Test
    void commandDescriptionInBothLanguages() {
        String en = text("ike keep|alive pol1 10 10", List.of(), Language.EN);
        assertTrue(en.startsWith("```\nike keepalive <policy> <interval> <retries>\n```"), en);
        assertTrue(en.contains("Block: global configuration"), en);
        String ja = text("ike keep|alive pol1 10 10", List.of(), Language.JA);
        assertTrue(ja.contains("ブロック: グローバル設定"), ja);
        assertEquals(Range.onLine(0, 4, 13), hover("ike keep|alive pol1 10 10", List.of(), Language.EN).get().range());
    }

    @Test
    void anAwsPeerIsNamedWithItsTunnelAndVpn() {
        String md = text("ike policy pol1 peer 18.182.91|.31 key k ike-prop", seed, Language.EN);
        assertTrue(md.contains("AWS outside address (the IKE peer) of tunnel #1 of vpn-0e88bfbe4ce7ff72a"), md);
        String ja = text("ike policy pol1 peer 18.182.91|.31 key k ike-prop", seed, Language.JA);
        assertTrue(ja.contains("vpn-0e88bfbe4ce7ff72a のトンネル #1 の AWS 側外部アドレス"), ja);
    }

    @Test
    void anInsideAddressLaysOutItsSlash30() {
        String md = text("interface Tunnel0.0\n  ip address 169.254.128.1|74/30", seed, Language.EN);
        assertTrue(md.contains("Customer side (this router) of tunnel #1 of vpn-0e88bfbe4ce7ff72a (169.254.128.172/30)"),
                md);
        assertTrue(md.contains("| 169.254.128.172 | network |"), md);
        assertTrue(md.contains("| 169.254.128.173 | AWS side |"), md);
        assertTrue(md.contains("| **169.254.128.174** | customer side (this router) |"), md);
        assertTrue(md.contains("| 169.254.128.175 | broadcast |"), md);
        // Without a sample the /30 is still laid out, by AWS's rule.
        String alone = text("interface Tunnel0.0\n  ip address 169.254.9.|5/30", List.of(), Language.EN);
        assertTrue(alone.contains("the AWS side of 169.254.9.4/30"), alone);
        String bgp = text("router bgp 65000\n  neighbor 169.254.128.1|73 remote-as 64512", seed, Language.EN);
        assertTrue(bgp.contains("AWS side of tunnel #1 of vpn-0e88bfbe4ce7ff72a (169.254.128.172/30): the BGP neighbor"),
                bgp);
    }

    @Test
    void aKeyIsComparedWithTheSamplesButNeverShown() {
        String matching = text("ike policy pol1 peer 18.182.91.31 key " + Samples.SEED_KEY_1.substring(0, 5) + "|"
                + Samples.SEED_KEY_1.substring(5) + " ike-prop", seed, Language.EN);
        assertTrue(matching.contains("Matches the key of tunnel #1 of vpn-0e88bfbe4ce7ff72a"), matching);
        assertFalse(matching.contains(Samples.SEED_KEY_1));
        String wrong = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", seed, Language.EN);
        assertTrue(wrong.contains("Differs from the key of tunnel #1"), wrong);
        assertFalse(wrong.contains("WrongKey123"));
        assertFalse(wrong.contains(Samples.SEED_KEY_1));
        String ja = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", seed, Language.JA);
        assertTrue(ja.contains("鍵と異なります"), ja);
        String unlinked = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", List.of(), Language.EN);
        assertTrue(unlinked.contains("No AWS sample is linked"), unlinked);
    }

    @Test
    void ikev2KeysAreComparedByTheirId() {
        String md = text("ikev2 authentication psk id ipv4 18.182.91.31 key char " + Samples.SEED_KEY_1 + "|", seed,
                Language.EN);
        assertTrue(md.contains("Matches the key of tunnel #1"), md);
        assertFalse(md.contains(Samples.SEED_KEY_1));
    }

    @Test
    void aNameShowsItsDefinitionWithKeysMasked() {
        String md = text("ike policy pol1 peer 18.182.91.31 key TopSecret99 ike-prop\nike keepalive po|l1 10 10",
                List.of(), Language.EN);
        assertTrue(md.contains("**IKE policy** `pol1`"), md);
        assertTrue(md.contains("Defined on line 1, 1 reference\n"), md);
        assertTrue(md.contains("ike policy pol1 peer 18.182.91.31 key ******** ike-prop"), md);
        assertFalse(md.contains("TopSecret99"));
    }

    @Test
    void theSeedArticleHoversEverywhereWithoutFailing() {
        var config = service.model(Fixtures.read("ix/seed-article.ix"));
        for (int line = 0; line < config.parsed().lines().size(); line++) {
            String text = config.parsed().lines().get(line).text();
            for (int c = 0; c <= text.length(); c++) {
                var h = service.hover().hover(config, seed, new dev.ixls.syntax.Position(line, c), Language.JA);
                h.ifPresent(info -> {
                    assertFalse(info.markdown().contains(Samples.SEED_KEY_1));
                    assertFalse(info.markdown().contains("HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE"));
                });
            }
        }
    }

    @Test
    void noHoverOnCommentsOrBlankLines() {
        assertTrue(hover("! a comm|ent", List.of(), Language.EN).isEmpty());
        assertTrue(hover("hostname a\n|\n", List.of(), Language.EN).isEmpty());
    }
}
