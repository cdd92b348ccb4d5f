package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.TextEdit;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.Range;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The shared assertions fail when they should, and their range notation reads as the fixtures write it. */
class AssertionsTest {

    private final List<Diagnostic> diagnostics = new IxLanguageService().analyze("t.ix",
            "ike policy pol1 peer 192.0.2.1 key k prop1\n", List.of(), RuleSettings.defaults()).diagnostics();

    @Test
    void rangesAreOneBasedWithTheEndPastTheLastCharacter() {
        assertEquals(Range.onLine(6, 54, 61), RangeNotation.parse("7:55-7:62"));
        assertEquals("7:55-7:62", RangeNotation.format(Range.onLine(6, 54, 61)));
        assertEquals("1:1-1:1", RangeNotation.format(Range.onLine(0, 0, 0)));
        assertThrows(IllegalArgumentException.class, () -> RangeNotation.parse("7:0-7:3"));
        assertThrows(IllegalArgumentException.class, () -> RangeNotation.parse("line 7"));
    }

    @Test
    void diagnosticsMatchByCodeAndExactRange() {
        DiagnosticAssertions.assertDiagnosticsOf(RuleCode.IX101, diagnostics,
                DiagnosticAssertions.diagnostic(RuleCode.IX101, "1:38-1:43"));
        assertThrows(AssertionFailedError.class, () -> DiagnosticAssertions.assertDiagnosticsOf(RuleCode.IX101,
                diagnostics, DiagnosticAssertions.diagnostic(RuleCode.IX101, "1:38-1:42")));
        assertThrows(AssertionFailedError.class, () -> DiagnosticAssertions.assertNoDiagnostic(RuleCode.IX101,
                diagnostics));
        assertThrows(AssertionFailedError.class, () -> DiagnosticAssertions.find(RuleCode.IX102, diagnostics));
    }

    @Test
    void hoverFragmentsMustComeInOrder() {
        HoverAssertions.assertSays("a b c", "a", "c");
        assertThrows(AssertionFailedError.class, () -> HoverAssertions.assertSays("a b c", "c", "a"));
        assertThrows(AssertionFailedError.class, () -> HoverAssertions.assertNeverSays("a key", "key"));
    }

    @Test
    void editsAreCheckedByTheTextTheyLeave() {
        List<TextEdit> edits = List.of(new TextEdit(Range.onLine(0, 0, 1), "X"),
                new TextEdit(Range.onLine(0, 2, 2), "!"));
        EditAssertions.assertEditsGive("ab\n", edits, "Xb!\n");
        assertThrows(AssertionFailedError.class, () -> EditAssertions.assertEditsGive("ab\n", edits, "ab\n"));
    }
}
