package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fuzz;
import dev.ixls.Mutations;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.InternalFailure;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The service side of the fuzz suite (docs/fuzzing.md): configs made of fixtures with lines cut
 * and mutated and keys planted in every key-bearing syntax, right and wrong. For each: no rule
 * and no model step fails (no IX900), no feature shows a planted key that stands at a key
 * position, no edit moves one out of it, and no fix adds a syntax error (IX001-IX004).
 */
@Tag("fuzz")
class KeysFuzzTest {

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void mutatedConfigsWithPlantedKeys() {
        Fuzz.Loop loop = Fuzz.loop("keys", 600);
        while (loop.next()) {
            Random r = loop.random();
            List<String> planted = new ArrayList<>();
            String text = Mutations.randomConfig(r, planted);
            List<Diagnostic> diagnostics = service.analyze("fuzz.ix", service.model(text), c -> List.of(),
                    RuleSettings.defaults(), () -> { }).diagnostics();
            List<String> internal = diagnostics.stream().filter(InternalFailure::isInternal)
                    .map(d -> d.message().en()).toList();
            assertEquals(List.of(), internal, loop.where() + ":\n" + text);
            List<String> keys = keysInPlace(text, planted);
            for (EveryOutput.Shown s : EveryOutput.shown(service, text, List.of())) {
                for (String key : keys) {
                    assertTrue(s.text() == null || !s.text().contains(key), loop.where() + ": " + s.where() + " shows "
                            + key + ": " + s.text());
                }
            }
            for (EveryOutput.Edited e : EveryOutput.edited(service, text, List.of())) {
                assertEquals(List.of(), EveryOutput.keysOutOfPlace(service, e.text(), keys), loop.where() + ": " + e.where()
                        + "\n" + text);
                if (e.diagnostic() != null) {
                    assertEquals(List.of(), FixesNeverWorsenTest.addedSyntaxErrors(service, text, e.text(), List.of()),
                            loop.where() + ": " + e.where() + "\n" + text);
                }
            }
        }
    }

    /** The planted keys that stand, once, at a key position (a mutation may have moved one elsewhere). */
    private List<String> keysInPlace(String text, List<String> planted) {
        List<String> out = new ArrayList<>();
        ParsedConfig parsed = service.model(text).parsed();
        for (String key : planted) {
            int count = 0;
            boolean secret = false;
            for (Statement s : parsed.statements()) {
                for (Word w : s.line().words()) {
                    if (w.text().contains(key)) {
                        count++;
                        secret = s.secretWords().contains(w) && w.text().equals(key);
                    }
                }
            }
            if (count == 1 && secret) {
                out.add(key);
            }
        }
        return out;
    }
}
