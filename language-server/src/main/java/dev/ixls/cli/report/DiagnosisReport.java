package dev.ixls.cli.report;

import dev.ixls.analysis.Severity;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * An output format of {@code ixls diagnose}. Diagnoses hold no key (the analysis layer masks
 * them); reports print what they are given and add none.
 */
public interface DiagnosisReport {

    /**
     * @param display turns a location (the transcript's, the config's, a sample's) into what the
     *                user reads: a path relative to the working directory where possible
     */
    void write(TranscriptDiagnosis diagnosis, Language language, Function<String, String> display, PrintWriter out);

    /** How a tunnel's state is graded where a severity is needed (text, SARIF): down is an error. */
    static Severity severity(TunnelState state) {
        return switch (state) {
            case DOWN -> Severity.ERROR;
            case IMPAIRED -> Severity.WARNING;
            case UNKNOWN, UP -> Severity.INFO;
        };
    }

    static String source(Evidence.Source source) {
        return source.name().toLowerCase(java.util.Locale.ROOT);
    }
}
