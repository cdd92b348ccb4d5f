package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.analysis.diagnose.Cause;
import dev.ixls.service.IxLanguageService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The catalog as users and tools see it: stable codes in order, titles, docs, severities, links. */
class RuleCatalogTest {

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void oneRulePerCodeInCodeOrder() {
        assertEquals(RuleCode.rules(), RuleCatalog.all().stream().map(Rule::code).toList());
        for (RuleCode code : RuleCode.values()) {
            assertEquals(!code.isDiagnosis(), RuleCatalog.byCode(code).isPresent(), code.name());
            RuleCatalog.byCode(code).ifPresent(r -> assertEquals(code, r.code()));
            assertEquals(Optional.of(code), RuleCode.parse(code.name().toLowerCase(Locale.ROOT)));
        }
        assertEquals(Optional.empty(), RuleCode.parse("IX999"));
        for (Rule r : RuleCatalog.all()) {
            assertFalse(r.title().en().isBlank() || r.title().ja().isBlank() || r.reason().en().isBlank()
                    || r.reason().ja().isBlank(), r.code().name());
        }
    }

    @Test
    void internalFailureIsDescribedLikeARuleButNeverRun() {
        // IX900 (ixls's own failure): a RuleCode with a rule for its docs, SARIF and links; the engine reports it.
        assertTrue(RuleCode.IX900.isInternal());
        assertFalse(RuleCatalog.all().stream().anyMatch(r -> r.code() == RuleCode.IX900));
        assertEquals(RuleCode.IX900, RuleCatalog.described().get(RuleCatalog.described().size() - 1).code());
        assertEquals(RuleCatalog.all(), RuleCatalog.described().subList(0, RuleCatalog.all().size()));
        assertTrue(RuleCatalog.byCode(RuleCode.IX900).orElseThrow().docsUrl().endsWith("docs/rules.md#ix900"));
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
    void oneCausePerDiagnosisCodeWithItsSectionInDocsDiagnose() throws Exception {
        List<RuleCode> diagnosis = Arrays.stream(RuleCode.values()).filter(RuleCode::isDiagnosis).toList();
        assertEquals(diagnosis, Cause.all().stream().map(Cause::code).toList());
        String text = Files.readString(Fixtures.root().getParent().resolve("docs/diagnose.md"));
        for (Cause c : Cause.all()) {
            String anchor = c.code().name().toLowerCase(Locale.ROOT);
            assertTrue(c.docsUrl().endsWith("docs/diagnose.md#" + anchor), c.docsUrl());
            assertTrue(text.contains("<a id=\"" + anchor + "\"></a>\n## " + c.code() + ": " + c.title().en()),
                    c.code() + ": no section in docs/diagnose.md");
            assertFalse(c.title().ja().isBlank() || c.reason().en().isBlank() || c.reason().ja().isBlank(),
                    c.code().name());
        }
    }

    @Test
    void keyRuleSpeaksOnlyForAwsPeers() {
        // Line 5 is a branch office's peer (10.255.0.0/30 tunnel): AWS's key rules say nothing about it.
        Map<Integer, Severity> byLine = new TreeMap<>();
        RuleFixture f = fixture("IX206/triggers-refused-keys.ix");
        for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
            if (d.code() == RuleCode.IX206) {
                byLine.put(d.range().start().line() + 1, d.severity());
            }
        }
        assertEquals(Map.of(3, Severity.ERROR, 4, Severity.ERROR, 10, Severity.ERROR), byLine);
    }

    @Test
    void crossChecksPointIntoTheSampleLine() throws Exception {
        int checked = 0;
        for (RuleFixture f : RuleFixtureFiles.all()) {
            if (!f.code().name().startsWith("IX5") || !f.name().contains("/triggers") || f.code() == RuleCode.IX512) {
                continue; // IX512: no sample to point into
            }
            for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
                if (d.code() != f.code()) {
                    continue;
                }
                assertTrue(d.related().stream().anyMatch(r -> r.location() != null), f.name() + ": " + d.message().en());
                for (RelatedLocation r : d.related()) {
                    if (r.location() == null) {
                        continue; // a line of the config itself that the finding explains (IX502, IX504)
                    }
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
        assertRelatedLinesHold("IX503/triggers-keys.ix", RuleCode.IX503, "pre-shared-key address");
        assertRelatedLinesHold("IX506/triggers-remote-as.ix", RuleCode.IX506, "remote-as 64512");
        // A stated tunnel option: the link goes to that option's own line.
        assertRelatedLinesHold("IX509/triggers-child.ix", RuleCode.IX509, "Phase2");
    }

    private void assertRelatedLinesHold(String fixture, RuleCode code, String expected) {
        RuleFixture f = fixture(fixture);
        int seen = 0;
        for (Diagnostic d : service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults()).diagnostics()) {
            if (d.code() == code) {
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
        Map<RuleCode, String> firstLine = new TreeMap<>();
        for (Diagnostic d : service.analyze("x.ix", text, samples, RuleSettings.defaults()).diagnostics()) {
            if (List.of(RuleCode.IX206, RuleCode.IX302, RuleCode.IX402, RuleCode.IX404, RuleCode.IX405)
                    .contains(d.code()) && !d.related().isEmpty()) {
                RelatedLocation r = d.related().get(0);
                firstLine.putIfAbsent(d.code(), Fixtures.read(r.location()).lines().toList().get(r.range().start().line()));
            }
        }
        assertEquals(List.of(RuleCode.IX206, RuleCode.IX302, RuleCode.IX402, RuleCode.IX404, RuleCode.IX405),
                List.copyOf(firstLine.keySet()));
        assertTrue(firstLine.get(RuleCode.IX206).contains("pre-shared-key address 18.182.91.31"),
                firstLine.get(RuleCode.IX206));
        assertTrue(firstLine.get(RuleCode.IX302).contains("169.254.251.134 255.255.255.252"),
                firstLine.get(RuleCode.IX302));
        assertTrue(firstLine.get(RuleCode.IX402).contains("169.254.128.174 255.255.255.252"),
                firstLine.get(RuleCode.IX402));
        assertTrue(firstLine.get(RuleCode.IX404).contains("remote-as 64512"), firstLine.get(RuleCode.IX404));
        assertTrue(firstLine.get(RuleCode.IX405).contains("timers 10 30"), firstLine.get(RuleCode.IX405));
    }

    private static RuleFixture fixture(String name) {
        try {
            return RuleFixtureFiles.all().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
