package dev.ixls.analysis;

import static dev.ixls.assertions.DiagnosticAssertions.errorCodes;
import static dev.ixls.assertions.DiagnosticAssertions.only;
import static dev.ixls.assertions.EditAssertions.apply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.service.IxLanguageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Fix data does what its title says: applying a fix's edits to the text and checking again
 * leaves fewer findings of that rule; fixing them all leaves none and brings no new kind of error.
 */
class RuleFixesTest {

    /** Rules whose fixes issue 3 asks for; each must offer one on its trigger fixtures. */
    private static final Set<RuleCode> MUST_FIX = Set.of(RuleCode.IX204, RuleCode.IX205, RuleCode.IX302,
            RuleCode.IX305, RuleCode.IX503, RuleCode.IX504, RuleCode.IX505, RuleCode.IX506, RuleCode.IX507);

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void everyFixRemovesItsFinding() throws Exception {
        Set<RuleCode> fixed = new TreeSet<>();
        int applied = 0;
        for (RuleFixture f : RuleFixtureFiles.all()) {
            if (!f.name().contains("/triggers")) {
                continue;
            }
            List<Diagnostic> before = analyze(f.text(), f.samples());
            List<TextEdit> firstFixes = new ArrayList<>();
            for (Diagnostic d : before) {
                if (d.code() != f.code()) {
                    continue;
                }
                for (Fix fix : d.fixes()) {
                    String after = apply(f.text(), fix.edits());
                    String where = f.name() + " line " + (d.range().start().line() + 1) + ": " + fix.title().en();
                    // Fewer, not exactly one fewer: a fix can settle a coupled finding too (a map's peer and its policy's).
                    assertTrue(count(analyze(after, f.samples()), d.code()) < count(before, d.code()), where + "\n" + after);
                    fixed.add(d.code());
                    applied++;
                }
                if (!d.fixes().isEmpty()) {
                    firstFixes.addAll(d.fixes().get(0).edits());
                }
            }
            if (firstFixes.isEmpty() || before.stream().anyMatch(d -> d.code() == f.code() && d.fixes().isEmpty())) {
                continue;
            }
            // All of a fixture's findings fixed at once: none left, and no error of a kind that was not there.
            String after = apply(f.text(), firstFixes);
            List<Diagnostic> again = analyze(after, f.samples());
            assertEquals(0, count(again, f.code()), f.name() + " after all fixes:\n" + after);
            Set<RuleCode> errorsBefore = errorCodes(before);
            for (RuleCode code : errorCodes(again)) {
                assertTrue(errorsBefore.contains(code), f.name() + ": fixing brought " + code + ":\n" + after);
            }
        }
        assertTrue(applied > 20, "only " + applied + " fixes applied");
        for (RuleCode code : MUST_FIX) {
            assertTrue(fixed.contains(code), code + " offered no fix on its trigger fixtures");
        }
    }

    @Test
    void presharedKeyFixTakesTheSampleKeyButItsTitleDoesNot() throws Exception {
        RuleFixture f = RuleFixtureFiles.all().stream().filter(x -> x.name().equals("IX503/triggers-keys.ix"))
                .findFirst().orElseThrow();
        List<Diagnostic> found = analyze(f.text(), f.samples()).stream().filter(d -> d.code() == RuleCode.IX503)
                .toList();
        assertEquals(2, found.size());
        for (Diagnostic d : found) {
            String expected = d.range().start().line() == 3 ? "hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"
                    : "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE";
            assertEquals(expected, d.fixes().get(0).edits().get(0).newText());
            assertFalse(d.fixes().get(0).title().en().contains(expected));
        }
    }

    private List<Diagnostic> analyze(String text, List<LinkedSample> samples) {
        return service.analyze("fixture.ix", text, samples, RuleSettings.defaults()).diagnostics();
    }

    private static long count(List<Diagnostic> diagnostics, RuleCode code) {
        return only(code, diagnostics).size();
    }
}
