package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.ModelFailure;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Set;

/**
 * IX900: ixls itself failed (a bug). A rule that throws costs that rule's findings for that file
 * and nothing else; a line the model builder fails on costs what depends on that line. Either way
 * the user is told, with the rule or line and "please report", instead of a silent gap that reads
 * as a clean config. Not a rule the engine runs: the engine reports it. No setting turns it off,
 * and {@code ixls check} exits with 2 when it is present.
 */
public final class InternalFailure extends Rule {

    InternalFailure() {
        super(RuleCode.IX900, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // Reported by the engine and the callers that contain failures, never found in a config.
    }

    /** Rule {@code code} threw on this file: its findings are missing. */
    public static Diagnostic ofRule(RuleCode code, Throwable e) {
        return at(Range.onLine(0, 0, 0), Messages.text("IX900.rule", "rule", code.name(), "error", name(e)));
    }

    /** The parser or the model builder failed on a line, or on the whole file. */
    public static Diagnostic ofModel(ModelFailure f) {
        if (f.line() == ModelFailure.WHOLE_FILE) {
            return at(Range.onLine(0, 0, 0), Messages.text("IX900.step", "step",
                    Messages.text(f.step().equals(ModelFailure.PARSE) ? "IX900.step.parse" : "IX900.step.model"),
                    "error", f.error()));
        }
        return at(Range.onLine(f.line(), 0, 0), Messages.text("IX900.model", "line", f.line() + 1,
                "step", f.step(), "error", f.error()));
    }

    /** Linking the config to its AWS samples failed: it is checked without them. */
    public static Diagnostic ofLinking(Throwable e) {
        return at(Range.onLine(0, 0, 0), Messages.text("IX900.step", "step", Messages.text("IX900.step.link"),
                "error", name(e)));
    }

    /** The per-tunnel summary of {@code ixls check --summary} failed for this file. */
    public static Diagnostic ofSummary(Throwable e) {
        return at(Range.onLine(0, 0, 0), Messages.text("IX900.step", "step", Messages.text("IX900.step.summary"),
                "error", name(e)));
    }

    /** Checking the file failed as a whole: nothing was reported for it. */
    public static Diagnostic ofCheck(Throwable e) {
        return at(Range.onLine(0, 0, 0), Messages.text("IX900.step", "step", Messages.text("IX900.step.check"),
                "error", name(e)));
    }

    public static boolean isInternal(Diagnostic d) {
        return d.code() == RuleCode.IX900;
    }

    /** The exception's class only: a message may quote the config, keys included. */
    private static String name(Throwable e) {
        return e.getClass().getSimpleName();
    }

    private static Diagnostic at(Range range, LocalizedText message) {
        return new Diagnostic(RuleCode.IX900, Severity.WARNING, range, message, List.of(), Set.of(), List.of());
    }
}
