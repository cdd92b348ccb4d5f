package dev.ixls.service;

import static dev.ixls.assertions.CodeActionAssertions.assertFixGives;
import static dev.ixls.assertions.CodeActionAssertions.assertTitles;
import static dev.ixls.assertions.CodeActionAssertions.fix;
import static dev.ixls.assertions.DiagnosticAssertions.assertDiagnostics;
import static dev.ixls.assertions.DiagnosticAssertions.diagnostic;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CodeActionsTest {

    private final IxLanguageService service = new IxLanguageService();

    private List<Diagnostic> check(String text) {
        return service.analyze("mem:test.ix", text, List.of(), RuleSettings.defaults()).diagnostics();
    }

    @Test
    void quickFixesComeFromTheFindingsFixData() {
        String text = "ike proposal p1 encryption aes hash sha\nike policy pol1 peer 192.0.2.1 key k p2\n";
        List<Diagnostic> diagnostics = check(text);
        List<CodeActions.QuickFix> fixes = CodeActions.quickFixes(diagnostics, Range.onLine(1, 0, 0), Language.EN);
        assertTitles(fixes, "Change to 'p1'",
                "Create 'ike proposal p2 encryption aes-256 hash sha2-256 group 2048-bit'");
        CodeActions.QuickFix change = fix(fixes, "Change to 'p1'");
        assertDiagnostics(List.of(change.diagnostic()), diagnostic(RuleCode.IX101, "2:38-2:40"));
        assertTrue(change.preferred(), "the first fix of a finding is preferred");
        assertFalse(fixes.get(1).preferred());
        assertFixGives(fixes, "Change to 'p1'", text,
                "ike proposal p1 encryption aes hash sha\nike policy pol1 peer 192.0.2.1 key k p1\n");
        assertTitles(CodeActions.quickFixes(diagnostics, Range.onLine(1, 0, 0), Language.JA), "「p1」に変更",
                "「ike proposal p2 encryption aes-256 hash sha2-256 group 2048-bit」を作成");
        // Only the findings on the range's lines: on line 1, the unused proposal.
        assertTitles(CodeActions.quickFixes(diagnostics, Range.onLine(0, 0, 3), Language.EN),
                "Remove unused 'p1'");
        // A selection over two lines offers the fixes of both.
        assertTitles(CodeActions.quickFixes(diagnostics, Range.of(0, 5, 1, 2), Language.EN), "Remove unused 'p1'",
                "Change to 'p1'", "Create 'ike proposal p2 encryption aes-256 hash sha2-256 group 2048-bit'");
    }

    private static Diagnostic finding(RuleCode code, TextEdit... edits) {
        return new Diagnostic(code, Severity.ERROR, edits[0].range(), LocalizedText.of("m", "m"), List.of(), Set.of(),
                List.of(Fix.of(LocalizedText.of("fix", "fix"), edits),
                        Fix.of(LocalizedText.of("other", "other"), new TextEdit(Range.onLine(9, 0, 0), "never"))));
    }

    @Test
    void updateFromSampleTakesTheFirstFixOfEachCrossCheckFinding() {
        TextEdit key = new TextEdit(Range.onLine(2, 40, 50), "sample-key");
        TextEdit address = new TextEdit(Range.onLine(5, 13, 30), "169.254.1.2/30");
        TextEdit clashing = new TextEdit(Range.onLine(5, 20, 25), "x");
        TextEdit asn = new TextEdit(Range.onLine(8, 11, 16), "65000");
        List<Diagnostic> diagnostics = List.of(finding(RuleCode.IX503, key),
                finding(RuleCode.IX101, new TextEdit(Range.onLine(3, 0, 1), "not a cross-check")),
                finding(RuleCode.IX505, address), finding(RuleCode.IX506, clashing), finding(RuleCode.IX507, asn));
        CodeActions.Update update = CodeActions.updateFromSample(diagnostics);
        assertEquals(List.of(key, address, asn), update.edits());
        assertEquals(3, update.fixed());
        assertFalse(update.isEmpty());
        assertTrue(CodeActions.updateFromSample(List.of(finding(RuleCode.IX101, key))).isEmpty());
    }

    private List<Diagnostic> check(String text, String sample) {
        return service.analyze("mem:test.ix", text, Samples.linked(sample), RuleSettings.defaults()).diagnostics();
    }

    @Test
    void updateFromSampleFixesEverythingTheSampleDecidesInOneEdit() {
        // Tunnel 1's peer mistyped, tunnel 2's key wrong and its neighbor's remote-as wrong: three fixes at once.
        String text = dev.ixls.Fixtures.read("lsp/e2e/seed-mistakes.ix");
        List<Diagnostic> before = check(text, Samples.SEED);
        CodeActions.Update update = CodeActions.updateFromSample(before);
        assertEquals(3, update.fixed(), before.toString());
        String after = dev.ixls.assertions.EditAssertions.apply(text, update.edits());
        List<Diagnostic> left = check(after, Samples.SEED).stream()
                .filter(d -> d.severity() == Severity.ERROR || d.severity() == Severity.WARNING).toList();
        assertEquals(List.of(), left);
        assertEquals("Update from AWS sample vpn-0e88bfbe4ce7ff72a (3 fixes)",
                CodeActions.updateTitle(Samples.linked(Samples.SEED), update.fixed(), Language.EN));
        assertEquals("Update from AWS sample vpn-0e88bfbe4ce7ff72a (1 fix)",
                CodeActions.updateTitle(Samples.linked(Samples.SEED), 1, Language.EN));
    }

    @Test
    void updateFromSampleWritesTheLifetimesTheTunnelOptionsAllow() {
        String text = dev.ixls.Fixtures.read("rules/IX509/triggers-ikev1-lifetime.ix");
        String sample = "aws/describe-vpn-connections.json";
        CodeActions.Update update = CodeActions.updateFromSample(check(text, sample));
        String after = dev.ixls.assertions.EditAssertions.apply(text, update.edits());
        assertTrue(after.contains("ike proposal ike-prop encryption aes-256 hash sha2-256 group 2048-bit lifetime 14400"),
                after);
        assertTrue(after.contains("lifetime time 1800"), after);
        assertTrue(check(after, sample).stream().noneMatch(d -> d.code() == RuleCode.IX509
                || d.code() == RuleCode.IX508 && d.message().en().contains("lifetime")), after);
    }

    @Test
    void theCountOfChangesIsWordedWithItsPlural() {
        assertEquals("Made 1 change to the config from its AWS sample. Review it and save.",
                CodeActions.updatedMessage(1, Language.EN));
        assertEquals("Made 2 changes to the config from its AWS sample. Review them and save.",
                CodeActions.updatedMessage(2, Language.EN));
        assertEquals("The config already matches its AWS sample.", CodeActions.updatedMessage(0, Language.EN));
        assertTrue(CodeActions.updatedMessage(2, Language.JA).contains("2"));
    }
}
