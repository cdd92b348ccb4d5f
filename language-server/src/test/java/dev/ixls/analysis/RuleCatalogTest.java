package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.service.IxLanguageService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The catalog as users and tools see it: stable codes in order, titles, docs, severities, links. */
class RuleCatalogTest {

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void codesAreUniqueAndInOrder() {
        List<String> codes = RuleCatalog.all().stream().map(Rule::code).toList();
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(null);
        assertEquals(sorted, codes);
        assertEquals(codes.size(), codes.stream().distinct().count());
        for (String code : List.of("IX201", "IX209", "IX301", "IX305", "IX401", "IX407", "IX501", "IX511")) {
            assertTrue(codes.contains(code), code);
        }
        for (Rule r : RuleCatalog.all()) {
            assertFalse(r.title().en().isBlank() || r.title().ja().isBlank() || r.reason().en().isBlank()
                    || r.reason().ja().isBlank(), r.code());
        }
    }

    @Test
    void everyRuleHasItsPageInDocsRules() throws Exception {
        Path docs = Fixtures.root().getParent().resolve("docs/rules.md");
        String text = Files.readString(docs);
        for (Rule r : RuleCatalog.described()) {
            String anchor = r.docsUrl().substring(r.docsUrl().indexOf('#') + 1);
            int at = text.indexOf("<a id=\"" + anchor + "\"></a>");
            assertTrue(at >= 0, "docs/rules.md has no anchor " + anchor);
            int next = text.indexOf("<a id=\"ix", at + 1);
            String page = text.substring(at, next < 0 ? text.length() : next);
            assertTrue(page.contains(r.title().ja()), r.code() + ": Japanese title missing");
            assertTrue(page.toLowerCase(Locale.ROOT).contains("default severity: " + r.defaultSeverity().label()),
                    r.code() + ": default severity missing or wrong");
            assertTrue(page.contains("\"" + r.code() + "\": \"off\""), r.code() + ": how to turn it off is missing");
        }
    }

    @Test
    void keyRuleIsAnErrorOnlyForAwsPeers() {
        Map<Integer, Severity> byLine = new TreeMap<>();
        RuleFixture f = fixture("IX206/triggers-refused-keys.ix");
        for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
            if (d.code().equals("IX206")) {
                byLine.put(d.range().start().line() + 1, d.severity());
            }
        }
        assertEquals(Map.of(3, Severity.ERROR, 4, Severity.ERROR, 5, Severity.WARNING, 10, Severity.ERROR), byLine);
    }

    @Test
    void crossChecksPointIntoTheSampleLine() throws Exception {
        int checked = 0;
        for (RuleFixture f : RuleFixtureFiles.all()) {
            if (!f.code().startsWith("IX5") || !f.name().contains("/triggers")) {
                continue;
            }
            for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
                if (!d.code().equals(f.code())) {
                    continue;
                }
                assertFalse(d.related().isEmpty(), f.name() + ": " + d.message().en());
                for (RelatedLocation r : d.related()) {
                    assertTrue(f.samples().stream().anyMatch(s -> s.location().equals(r.location())), r.location());
                    long lines = Fixtures.read(r.location()).lines().count();
                    assertTrue(r.range().start().line() < lines, f.name() + " points past the sample's end");
                }
                checked++;
            }
        }
        assertTrue(checked >= 20, "only " + checked + " cross-check findings");
    }

    @Test
    void relatedLineIsWhereTheValueIs() {
        assertRelatedLinesHold("IX503/triggers-keys.ix", "IX503", "pre-shared-key address");
        assertRelatedLinesHold("IX506/triggers-remote-as.ix", "IX506", "remote-as 64512");
        // A stated tunnel option: the link goes to that option's own line.
        assertRelatedLinesHold("IX509/triggers-child.ix", "IX509", "Phase2");
    }

    private void assertRelatedLinesHold(String fixture, String code, String expected) {
        RuleFixture f = fixture(fixture);
        int seen = 0;
        for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
            if (d.code().equals(code)) {
                RelatedLocation r = d.related().get(0);
                String line = Fixtures.read(r.location()).lines().toList().get(r.range().start().line());
                assertTrue(line.contains(expected), fixture + ": " + line);
                seen++;
            }
        }
        assertTrue(seen > 0, fixture);
    }

    @Test
    void configRulesAlsoPointIntoALinkedSample() {
        String text = Fixtures.read("ix/seed-article.ix")
                .replace("key hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "key hngyiJd8N5pulvK9QDMXZ02BDDLCz1+K") // IX206
                .replace("ip address 169.254.251.134/30", "ip address 169.254.251.135/30") // IX302
                .replace("neighbor 169.254.128.173 timers 10 30", "neighbor 169.254.128.173 timers 30 90") // IX405
                .replace("router bgp 65000", "router bgp 64512") // IX404
                .replace("neighbor 169.254.128.173 remote-as", "neighbor 169.254.128.174 remote-as"); // IX402
        List<LinkedSample> samples = RuleFixtureFiles.samples("! sample aws/seed-article-cisco-flattened.txt\n");
        Map<String, String> firstLine = new TreeMap<>();
        for (Diagnostic d : service.analyze("x.ix", text, samples, RuleSettings.defaults()).diagnostics()) {
            if (List.of("IX206", "IX302", "IX402", "IX404", "IX405").contains(d.code()) && !d.related().isEmpty()) {
                RelatedLocation r = d.related().get(0);
                firstLine.putIfAbsent(d.code(), Fixtures.read(r.location()).lines().toList().get(r.range().start().line()));
            }
        }
        assertEquals(List.of("IX206", "IX302", "IX402", "IX404", "IX405"), List.copyOf(firstLine.keySet()));
        assertTrue(firstLine.get("IX206").contains("pre-shared-key address 18.182.91.31"), firstLine.get("IX206"));
        assertTrue(firstLine.get("IX302").contains("169.254.251.134 255.255.255.252"), firstLine.get("IX302"));
        assertTrue(firstLine.get("IX402").contains("169.254.128.174 255.255.255.252"), firstLine.get("IX402"));
        assertTrue(firstLine.get("IX404").contains("remote-as 64512"), firstLine.get("IX404"));
        assertTrue(firstLine.get("IX405").contains("timers 10 30"), firstLine.get("IX405"));
    }

    private static RuleFixture fixture(String name) {
        try {
            return RuleFixtureFiles.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
