package dev.ixls.analysis;

import static dev.ixls.assertions.DiagnosticAssertions.assertNoDiagnostic;
import static dev.ixls.assertions.DiagnosticAssertions.describe;
import static dev.ixls.assertions.DiagnosticAssertions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleFixtureFiles.Expectation;
import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.assertions.RangeNotation;
import dev.ixls.service.IxLanguageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code test-fixtures/rules/CODE/}: triggers must get exactly the
 * expected findings, at the expected ranges; clean neighbours must get none (see that folder's README).
 */
class RuleFixturesTest {

    private final IxLanguageService service = new IxLanguageService();

    @TestFactory
    Stream<DynamicTest> everyRuleFixture() throws IOException {
        return RuleFixtureFiles.all().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check(f)));
    }

    @Test
    void everyRuleHasATriggerAndACleanFixture() throws IOException {
        for (Rule rule : RuleCatalog.all()) {
            Path dir = Fixtures.path("rules/" + rule.code());
            assertTrue(Files.isDirectory(dir), "no fixtures for " + rule.code());
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("triggers")), rule.code() + " has no trigger");
                assertTrue(names.stream().anyMatch(n -> n.startsWith("clean")), rule.code() + " has no clean fixture");
            }
        }
    }

    @Test
    void everyTriggerStatesTheRangeOfEachFinding() throws IOException {
        // `! expect IX101 line 7` still parses, but a fixture states where the finding is, not just its line.
        List<String> lineOnly = new ArrayList<>();
        for (RuleFixture f : RuleFixtureFiles.all()) {
            for (Expectation e : f.expectations()) {
                if (e.lineOnly()) {
                    lineOnly.add(f.name() + ": " + e.code() + " line " + e.line());
                }
            }
        }
        assertEquals(List.of(), lineOnly);
    }

    @Test
    void bothFormsOfExpectationParse() {
        List<Expectation> e = RuleFixtureFiles.expectations(
                "! expect IX101 line 7\n! expect IX207 1:32-1:36 1:42-1:45\n");
        assertEquals(List.of(new Expectation(RuleCode.IX101, 7, List.of()), new Expectation(RuleCode.IX207, 1,
                List.of(RangeNotation.parse("1:32-1:36"), RangeNotation.parse("1:42-1:45")))), e);
    }

    private void check(RuleFixture f) {
        List<Diagnostic> diagnostics = service.analyze(f.name(), f.text(), f.samples(), RuleSettings.defaults())
                .diagnostics();
        assertNoDiagnostic(RuleCode.IX900, diagnostics); // ixls itself failed on the fixture
        if (!f.isTrigger()) {
            assertNoDiagnostic(f.code(), diagnostics);
            return;
        }
        List<Expectation> expectations = f.expectations();
        assertFalse(expectations.isEmpty(), "trigger fixture without expectations");
        Set<Integer> expectedLines = new TreeSet<>();
        List<String> expectedRanges = new ArrayList<>();
        for (Expectation e : expectations) {
            assertEquals(f.code(), e.code(), "fixture in the wrong folder");
            if (e.lineOnly()) {
                expectedLines.add(e.line());
            } else {
                e.ranges().forEach(r -> expectedRanges.add(RangeNotation.format(r)));
            }
        }
        // Findings on a line stated only by number are matched by line; all others by exact range.
        Set<Integer> reportedLines = new TreeSet<>();
        List<String> reportedRanges = new ArrayList<>();
        for (Diagnostic d : only(f.code(), diagnostics)) {
            int line = d.range().start().line() + 1;
            if (expectedLines.contains(line)) {
                reportedLines.add(line);
            } else {
                reportedRanges.add(RangeNotation.format(d.range()));
            }
        }
        expectedRanges.sort(null);
        reportedRanges.sort(null);
        assertEquals(expectedLines, reportedLines, () -> "lines of " + f.code() + ":" + describe(diagnostics));
        assertEquals(expectedRanges, reportedRanges, () -> "ranges of " + f.code() + ":" + describe(diagnostics));
    }
}
