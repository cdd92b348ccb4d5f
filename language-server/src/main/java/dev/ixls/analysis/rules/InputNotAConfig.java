package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.TextDecoder;
import java.util.List;
import java.util.Set;

/**
 * IX000: the input is not an IX config as a whole: binary, in an unexpected encoding, or text
 * whose lines are almost all unknown (another vendor's config, a log). One finding at the top
 * instead of a warning on every line.
 */
public final class InputNotAConfig extends Rule {

    public InputNotAConfig() {
        super(RuleCode.IX000, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (!context.config().parsed().looksLikeIxConfig()) {
            findings.report(Range.onLine(0, 0, 0), Messages.text("IX000.notAConfig"));
        }
    }

    /** The finding for a file that is not text at all. */
    public static Diagnostic binary() {
        return fileLevel(Severity.ERROR, Messages.text("IX000.binary"));
    }

    /** The finding for text that was not UTF-8, or null when the encoding needs no remark. */
    public static Diagnostic encoding(TextDecoder.Encoding encoding) {
        return switch (encoding) {
            case SHIFT_JIS -> fileLevel(Severity.INFO, Messages.text("IX000.shiftJis"));
            case UTF16 -> fileLevel(Severity.INFO, Messages.text("IX000.utf16"));
            case UTF8_WITH_REPLACEMENTS -> fileLevel(Severity.WARNING, Messages.text("IX000.replacedBytes"));
            default -> null;
        };
    }

    /** The finding for a file that looks like an AWS sample but cannot be read; {@code problem} says why. */
    public static Diagnostic unreadableSample(LocalizedText problem) {
        return fileLevel(Severity.ERROR, Messages.text("IX000.unreadableSample", "problem", problem));
    }

    /**
     * The finding for an open document too large to check (it is kept in sync, not read): its size
     * and the limit in MB.
     */
    public static Diagnostic tooLarge(long sizeMb, long maxMb) {
        return fileLevel(Severity.INFO, Messages.text("IX000.tooLarge", "size", sizeMb, "max", maxMb));
    }

    /** The finding for a document the editor calls an AWS sample that reads as no sample at all. */
    public static Diagnostic notASample() {
        return fileLevel(Severity.WARNING, Messages.text("IX000.notASample"));
    }

    private static Diagnostic fileLevel(Severity severity, LocalizedText message) {
        return new Diagnostic(RuleCode.IX000, severity, Range.onLine(0, 0, 0), message, List.of(), Set.of(), List.of());
    }
}
