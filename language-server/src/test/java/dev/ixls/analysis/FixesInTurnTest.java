package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.assertions.EditAssertions;
import dev.ixls.service.IxLanguageService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Fixes never contradict each other: for every planted mistake of the rule fixtures checked
 * against a sample, every quick fix offered is applied, as a user who follows them all does (the
 * first fix of each finding, all of one check's fixes together), and the config is checked again,
 * until no fix is offered. The check is then clean but for findings the fixture had from the
 * start that offer no fix (a routing type only the AWS console can change, say): two fixes never
 * edit the same text two ways, no round of fixes leaves an error or warning the fixture did not
 * have (two fixes that contradict each other do), and none undoes another (a circle).
 */
class FixesInTurnTest {

    private static final int MAX_ROUNDS = 10;

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void applyingEveryOfferedFixInTurnEndsInACleanCheck() throws Exception {
        List<String> problems = new ArrayList<>();
        int fixtures = 0;
        for (RuleFixture f : RuleFixtureFiles.all()) {
            if (!f.isTrigger() || f.samples().isEmpty()) {
                continue;
            }
            fixtures++;
            String problem = fixInTurn(f);
            if (problem != null) {
                problems.add(f.name() + ": " + problem);
            }
        }
        assertTrue(fixtures >= 15, fixtures + " fixtures");
        assertEquals(List.of(), problems);
    }

    /** Null when the fixes end in a clean check; else what went wrong. */
    private String fixInTurn(RuleFixture f) {
        String text = f.text();
        Set<String> planted = new HashSet<>();
        check(text, f).forEach(d -> planted.add(d.code() + " " + d.message().en()));
        Set<String> seen = new HashSet<>();
        List<String> applied = new ArrayList<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (!seen.add(text)) {
                return "the fixes go round in a circle: " + applied;
            }
            List<Diagnostic> found = check(text, f);
            List<String> added = found.stream().filter(d -> d.severity() == Severity.ERROR
                    || d.severity() == Severity.WARNING)
                    .filter(d -> !planted.contains(d.code() + " " + d.message().en()))
                    .map(d -> d.code() + " line " + (d.range().start().line() + 1) + " " + d.message().en()).toList();
            if (!added.isEmpty()) {
                return "after " + applied + " new " + added;
            }
            List<TextEdit> edits = new ArrayList<>();
            for (Diagnostic d : found) {
                if (d.fixes().isEmpty()) {
                    continue;
                }
                Fix fix = d.fixes().get(0);
                applied.add(d.code() + " \"" + fix.title().en() + "\"");
                for (TextEdit e : fix.edits()) {
                    if (edits.contains(e)) {
                        continue; // the same edit offered twice is one edit
                    }
                    for (TextEdit other : edits) {
                        if (overlap(e, other)) {
                            return "two fixes edit the same text two ways: " + applied + " " + e + " / " + other;
                        }
                    }
                    edits.add(e);
                }
            }
            if (edits.isEmpty()) {
                return null; // what is left was there from the start and offers no fix
            }
            text = EditAssertions.apply(text, edits);
        }
        return "still fixing after " + MAX_ROUNDS + " rounds: " + applied;
    }

    private static boolean overlap(TextEdit a, TextEdit b) {
        if (a.range().start().equals(b.range().start())) {
            return true; // two insertions at one place, or two replacements of one word
        }
        return a.range().start().compareTo(b.range().end()) < 0 && b.range().start().compareTo(a.range().end()) < 0;
    }

    private List<Diagnostic> check(String text, RuleFixture f) {
        return service.analyze(f.name(), text, f.samples(), RuleSettings.defaults()).diagnostics();
    }
}
