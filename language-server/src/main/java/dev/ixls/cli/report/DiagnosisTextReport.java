package dev.ixls.cli.report;

import dev.ixls.analysis.diagnose.Cause;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.io.PrintWriter;
import java.util.function.Function;

/**
 * {@code path:line:col: severity: message [CODE]} per tunnel, as {@code ixls check} prints
 * findings, each followed by the fix, the notes and the lines behind it; then the notes on text
 * not read, what was joined in, and the counts.
 */
public final class DiagnosisTextReport implements DiagnosisReport {

    @Override
    public void write(TranscriptDiagnosis d, Language language, Function<String, String> display, PrintWriter out) {
        String transcript = display.apply(d.transcriptLocation());
        for (TunnelDiagnosis t : d.tunnels()) {
            String label = t.state() == TunnelState.UP ? "up" : DiagnosisReport.severity(t.state()).label();
            out.println(transcript + ":" + (t.anchor().start().line() + 1) + ":" + (t.anchor().start().character() + 1)
                    + ": " + label + ": " + t.message().get(language) + (t.code() == null ? "" : " [" + t.code() + "]"));
            if (t.fix() != null) {
                out.println("    " + Messages.get(language, "diagnose.report.fix", "fix", t.fix()));
            }
            for (LocalizedText note : t.notes()) {
                out.println("    " + Messages.get(language, "diagnose.report.note", "note", note));
            }
            for (Evidence e : t.evidence()) {
                String where = display.apply(e.location()) + ":" + (e.range().start().line() + 1);
                String note = e.note() == null ? "" : e.note().get(language);
                out.println("      " + where + ": " + (e.text() == null ? "(" + note + ")" : e.text() + "    <- " + note));
            }
        }
        for (TranscriptDiagnosis.Note n : d.notes()) {
            out.println(transcript + ":" + (n.range().start().line() + 1) + ":" + (n.range().start().character() + 1)
                    + ": note: " + n.message().get(language) + " [" + Cause.TEXT_NOT_READ.code() + "]");
        }
        out.println(d.configLocation() == null ? Messages.get(language, "diagnose.report.noConfig")
                : Messages.get(language, "diagnose.report.config", "location", configName(d, display, language)));
        if (d.samples().isEmpty()) {
            out.println(Messages.get(language, "diagnose.report.noSample"));
        }
        for (LinkedSample s : d.samples()) {
            out.println(Messages.get(language, "diagnose.report.sample", "location", display.apply(s.location()),
                    "connection", s.sample().connectionId() == null ? "-" : s.sample().connectionId()));
        }
        if (d.tunnels().isEmpty()) {
            out.println(Messages.get(language, "diagnose.report.noTunnels"));
        } else {
            out.println(Messages.get(language, "diagnose.report.summary", "count", d.tunnels().size(), "up",
                    d.count(TunnelState.UP), "down", d.count(TunnelState.DOWN), "impaired", d.count(TunnelState.IMPAIRED),
                    "unknown", d.count(TunnelState.UNKNOWN)));
        }
    }

    /** The config's name; a running config inside the transcript is named as such. */
    static String configName(TranscriptDiagnosis d, Function<String, String> display, Language language) {
        String name = display.apply(d.configLocation());
        return d.configLocation().equals(d.transcriptLocation())
                ? Messages.get(language, "diagnose.report.embeddedConfig", "location", name) : name;
    }
}
