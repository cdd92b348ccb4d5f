package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ixls.analysis.RuleCode;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Assertions on diagnostics as the protocol carries them: codes are the wire's strings ({@code "IX101"}). */
public final class LspDiagnosticAssertions {

    private LspDiagnosticAssertions() {
    }

    /** The diagnostic's code, which must be one of ixls's. */
    public static RuleCode code(Diagnostic d) {
        String wire = d.getCode() == null ? null : d.getCode().getLeft();
        return RuleCode.parse(wire).filter(c -> c.name().equals(wire))
                .orElseThrow(() -> new AssertionError("not an ixls code on the wire: " + wire));
    }

    public static List<RuleCode> codes(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(LspDiagnosticAssertions::code).toList();
    }

    public static boolean has(List<Diagnostic> diagnostics, RuleCode code) {
        return codes(diagnostics).contains(code);
    }

    /** The one diagnostic with this code (other rules may report more on the same text). */
    public static Diagnostic find(List<Diagnostic> diagnostics, RuleCode code) {
        List<Diagnostic> found = diagnostics.stream().filter(d -> code(d) == code).toList();
        if (found.size() != 1) {
            fail("expected one " + code + ", found " + found.size() + " in " + codes(diagnostics));
        }
        return found.get(0);
    }

    /** A protocol range (0-based) equals the range in {@link RangeNotation} ({@code "3:35-3:36"}). */
    public static void assertRange(String expected, Range actual) {
        dev.ixls.syntax.Range r = RangeNotation.parse(expected);
        assertEquals(new Range(new Position(r.start().line(), r.start().character()),
                new Position(r.end().line(), r.end().character())), actual, expected);
    }
}
