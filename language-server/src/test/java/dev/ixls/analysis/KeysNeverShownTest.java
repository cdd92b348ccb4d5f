package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.RuleFixtureFiles.RuleFixture;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No rule writes a key into a message, a related location's message or a fix title. Checked on
 * the rules' own findings, before the engine's redactor, so a rule cannot lean on it.
 */
class KeysNeverShownTest {

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void noRuleTextHoldsAKey() throws Exception {
        int texts = 0;
        Set<RuleCode> codesWithFindings = new HashSet<>();
        for (RuleFixture f : RuleFixtureFiles.all()) {
            IxConfig config = service.model(f.text());
            AnalysisContext context = new AnalysisContext(f.name(), config, f.samples(), service.catalog());
            Set<String> keys = keys(context);
            for (Rule rule : RuleCatalog.all()) {
                Findings findings = new Findings();
                rule.check(context, findings);
                for (Finding finding : findings.all()) {
                    codesWithFindings.add(rule.code());
                    List<LocalizedText> shown = new ArrayList<>();
                    shown.add(finding.message);
                    finding.related.forEach(r -> shown.add(r.message()));
                    finding.fixes.forEach(x -> shown.add(x.title()));
                    for (LocalizedText text : shown) {
                        texts++;
                        for (String key : keys) {
                            assertFalse(text.en().contains(key) || text.ja().contains(key),
                                    rule.code() + " in " + f.name() + " shows a key: " + text.en());
                        }
                    }
                }
            }
        }
        assertTrue(texts > 100, "only " + texts + " texts checked");
        // The key rules themselves must have spoken, or this test proves nothing about them.
        assertTrue(codesWithFindings.containsAll(Set.of(RuleCode.IX206, RuleCode.IX503)), codesWithFindings.toString());
    }

    /** Every key the config or its samples hold (at least 4 characters: shorter ones occur in any text). */
    private static Set<String> keys(AnalysisContext context) {
        Set<String> keys = new HashSet<>();
        for (Statement s : context.config().parsed().statements()) {
            for (Word w : s.secretWords()) {
                if (w.text().length() >= 4) {
                    keys.add(w.text());
                }
            }
        }
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                keys.add(t.presharedKey().reveal());
            }
        }
        return keys;
    }
}
