package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions on the service layer's diagnostics: exact codes and ranges, compared as readable
 * lines ({@code IX101 7:18-7:24}) so that a failure shows what was expected beside everything found.
 */
public final class DiagnosticAssertions {

    private DiagnosticAssertions() {
    }

    /** An expected diagnostic: its code and range in {@link RangeNotation} ({@code "7:18-7:24"}). */
    public record Expected(RuleCode code, String range) {
        @Override
        public String toString() {
            return code + " " + range;
        }
    }

    public static Expected diagnostic(RuleCode code, String range) {
        RangeNotation.parse(range); // fails early on a typo in the test
        return new Expected(code, range);
    }

    /** The diagnostics are exactly these (any order). */
    public static void assertDiagnostics(List<Diagnostic> actual, Expected... expected) {
        assertEquals(sorted(List.of(expected).stream().map(Expected::toString).toList()),
                sorted(actual.stream().map(d -> d.code() + " " + RangeNotation.format(d.range())).toList()),
                () -> "diagnostics:" + describe(actual));
    }

    /** The diagnostics of one code are exactly these; others may be there too. */
    public static void assertDiagnosticsOf(RuleCode code, List<Diagnostic> actual, Expected... expected) {
        for (Expected e : expected) {
            if (e.code() != code) {
                fail("expected " + e + " among the " + code + " diagnostics");
            }
        }
        assertDiagnostics(only(code, actual), expected);
    }

    /** No diagnostic of this code. */
    public static void assertNoDiagnostic(RuleCode code, List<Diagnostic> actual) {
        assertEquals(List.of(), only(code, actual), () -> "diagnostics:" + describe(actual));
    }

    /** The one diagnostic of this code (fails when there is none or several). */
    public static Diagnostic find(RuleCode code, List<Diagnostic> actual) {
        List<Diagnostic> found = only(code, actual);
        if (found.size() != 1) {
            fail("expected one " + code + ", found " + found.size() + ":" + describe(actual));
        }
        return found.get(0);
    }

    public static List<Diagnostic> only(RuleCode code, List<Diagnostic> actual) {
        return actual.stream().filter(d -> d.code() == code).toList();
    }

    public static Set<RuleCode> codes(List<Diagnostic> actual) {
        return new TreeSet<>(actual.stream().map(Diagnostic::code).toList());
    }

    /** The codes of the errors. */
    public static Set<RuleCode> errorCodes(List<Diagnostic> actual) {
        return codes(actual.stream().filter(d -> d.severity() == Severity.ERROR).toList());
    }

    /** One diagnostic as a line: {@code IX101 7:18-7:24 error: ...}. */
    public static String describe(Diagnostic d) {
        return d.code() + " " + RangeNotation.format(d.range()) + " " + d.severity().label() + ": " + d.message().en();
    }

    public static String describe(List<Diagnostic> diagnostics) {
        StringBuilder sb = new StringBuilder();
        diagnostics.stream().sorted(Comparator.comparing((Diagnostic d) -> d.range().start()))
                .forEach(d -> sb.append("\n  ").append(describe(d)));
        return sb.length() == 0 ? " none" : sb.toString();
    }

    private static List<String> sorted(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        out.sort(null);
        return out;
    }
}
