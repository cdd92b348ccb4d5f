package dev.ixls.service;

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
        List<String> titles = fixes.stream().map(CodeActions.QuickFix::title).toList();
        assertTrue(titles.contains("Change to `p1`"), titles.toString());
        CodeActions.QuickFix change = fixes.stream().filter(f -> f.title().equals("Change to `p1`")).findFirst()
                .orElseThrow();
        assertEquals(RuleCode.IX101, change.diagnostic().code());
        assertTrue(change.preferred());
        assertEquals("ike policy pol1 peer 192.0.2.1 key k p1\n",
                Formatter.apply(text, change.edits()).split("\n", 2)[1]);
        List<String> ja = CodeActions.quickFixes(diagnostics, Range.onLine(1, 0, 0), Language.JA).stream()
                .map(CodeActions.QuickFix::title).toList();
        assertTrue(ja.contains("`p1` に変更"), ja.toString());
        assertTrue(CodeActions.quickFixes(diagnostics, Range.onLine(0, 0, 3), Language.EN).stream()
                .noneMatch(f -> f.diagnostic().code() == RuleCode.IX101), "only findings on the range's lines");
        assertTrue(CodeActions.quickFixes(diagnostics, Range.of(0, 5, 1, 2), Language.EN).stream()
                .anyMatch(f -> f.diagnostic().code() == RuleCode.IX101), "a selection over two lines");
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
}
