package dev.ixls.service;

import static dev.ixls.assertions.HoverAssertions.assertAbout;
import static dev.ixls.assertions.HoverAssertions.assertNeverSays;
import static dev.ixls.assertions.HoverAssertions.assertNoHover;
import static dev.ixls.assertions.HoverAssertions.assertSays;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.assertions.HoverAssertions;
import dev.ixls.assertions.Marked;
import dev.ixls.i18n.Language;
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
        return HoverAssertions.text(hover(marked, samples, lang));
    }

    @Test
    void commandDescriptionInBothLanguages() {
        String en = text("ike keep|alive pol1 10 10", List.of(), Language.EN);
        assertSays(en, "```\nike keepalive <policy> <interval> <retries>\n```", "_Block: global configuration_");
        String ja = text("ike keep|alive pol1 10 10", List.of(), Language.JA);
        assertSays(ja, "_ブロック: グローバル設定_");
        assertNeverSays(ja, "Block:");
        assertAbout("1:5-1:14", hover("ike keep|alive pol1 10 10", List.of(), Language.EN));
    }

    @Test
    void anAwsPeerIsNamedWithItsTunnelAndVpn() {
        String md = text("ike policy pol1 peer 18.182.91|.31 key k ike-prop", seed, Language.EN);
        assertSays(md, "**18.182.91.31**", "AWS outside address (the IKE peer) of tunnel #1 of vpn-0e88bfbe4ce7ff72a");
        String ja = text("ike policy pol1 peer 18.182.91|.31 key k ike-prop", seed, Language.JA);
        assertSays(ja, "vpn-0e88bfbe4ce7ff72a のトンネル #1 の AWS 側外部アドレス");
    }

    @Test
    void anInsideAddressLaysOutItsSlash30() {
        String md = text("interface Tunnel0.0\n  ip address 169.254.128.1|74/30", seed, Language.EN);
        assertSays(md, "Customer side (this router) of tunnel #1 of vpn-0e88bfbe4ce7ff72a (169.254.128.172/30)",
                "This is the customer side (this router) of 169.254.128.172/30.",
                "| 169.254.128.172 | network |", "| 169.254.128.173 | AWS side |",
                "| **169.254.128.174** | customer side (this router) |", "| 169.254.128.175 | broadcast |");
        // Without a sample the /30 is still laid out, by AWS's rule.
        String alone = text("interface Tunnel0.0\n  ip address 169.254.9.|5/30", List.of(), Language.EN);
        assertSays(alone, "This is the AWS side of 169.254.9.4/30.", "| **169.254.9.5** | AWS side |");
        String bgp = text("router bgp 65000\n  neighbor 169.254.128.1|73 remote-as 64512", seed, Language.EN);
        assertSays(bgp, "AWS side of tunnel #1 of vpn-0e88bfbe4ce7ff72a (169.254.128.172/30): the BGP neighbor");
    }

    @Test
    void aKeyIsComparedWithTheSamplesButNeverShown() {
        String matching = text("ike policy pol1 peer 18.182.91.31 key " + Samples.SEED_KEY_1.substring(0, 5) + "|"
                + Samples.SEED_KEY_1.substring(5) + " ike-prop", seed, Language.EN);
        assertSays(matching, "**Pre-shared key** (not shown)",
                "✓ Matches the key of tunnel #1 of vpn-0e88bfbe4ce7ff72a.");
        assertNeverSays(matching, Samples.SEED_KEY_1);
        String wrong = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", seed, Language.EN);
        assertSays(wrong, "✗ Differs from the key of tunnel #1 of vpn-0e88bfbe4ce7ff72a");
        assertNeverSays(wrong, "WrongKey123", Samples.SEED_KEY_1);
        String ja = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", seed, Language.JA);
        assertSays(ja, "**事前共有鍵**（表示しません）", "鍵と異なります");
        String unlinked = text("ike policy pol1 peer 18.182.91.31 key Wrong|Key123 ike-prop", List.of(), Language.EN);
        assertSays(unlinked, "No AWS sample is linked to compare it with.");
    }

    @Test
    void ikev2KeysAreComparedByTheirId() {
        String md = text("ikev2 authentication psk id ipv4 18.182.91.31 key char " + Samples.SEED_KEY_1 + "|", seed,
                Language.EN);
        assertSays(md, "Matches the key of tunnel #1");
        assertNeverSays(md, Samples.SEED_KEY_1);
    }

    @Test
    void aNameShowsItsDefinitionWithKeysMasked() {
        String md = text("ike policy pol1 peer 18.182.91.31 key TopSecret99 ike-prop\nike keepalive po|l1 10 10",
                List.of(), Language.EN);
        assertSays(md, "**IKE policy** `pol1`", "Defined on line 1, 1 reference\n",
                "ike policy pol1 peer 18.182.91.31 key ******** ike-prop");
        assertNeverSays(md, "TopSecret99");
    }

    @Test
    void theSeedArticleHoversEverywhereWithoutFailing() {
        var config = service.model(Fixtures.read("ix/seed-article.ix"));
        for (int line = 0; line < config.parsed().lines().size(); line++) {
            String text = config.parsed().lines().get(line).text();
            for (int c = 0; c <= text.length(); c++) {
                var h = service.hover().hover(config, seed, new dev.ixls.syntax.Position(line, c), Language.JA);
                h.ifPresent(info -> assertNeverSays(info.markdown(), Samples.SEED_KEY_1,
                        "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE"));
            }
        }
    }

    @Test
    void noHoverOnCommentsOrBlankLines() {
        assertNoHover(hover("! a comm|ent", List.of(), Language.EN));
        assertNoHover(hover("hostname a\n|\n", List.of(), Language.EN));
    }
}
