package dev.ixls.cli.report;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.PrintWriter;
import java.util.List;

/**
 * {@code path:line:col: severity: message [CODE]}, one finding a line, then (with
 * {@code --summary}) a table of tunnels per linked AWS sample, then the counts.
 */
public final class TextReport implements Report {

    private final boolean tunnels;

    public TextReport() {
        this(false);
    }

    /** @param tunnels print the per-tunnel summary */
    public TextReport(boolean tunnels) {
        this.tunnels = tunnels;
    }

    @Override
    public void write(List<FileReport> files, Language language, PrintWriter out) {
        for (FileReport f : files) {
            for (Diagnostic d : f.diagnostics()) {
                out.println(f.path() + ":" + (d.range().start().line() + 1) + ":" + (d.range().start().character() + 1)
                        + ": " + d.severity().label() + ": " + d.message().get(language) + " [" + d.code() + "]");
            }
        }
        if (tunnels) {
            TunnelSummary.writeText(files, language, out);
        }
        long errors = Report.count(files, Severity.ERROR);
        long warnings = Report.count(files, Severity.WARNING);
        long infos = Report.count(files, Severity.INFO) + Report.count(files, Severity.HINT);
        out.println(Messages.get(language, "report.checked", "files", files.size(), "errors", errors,
                "warnings", warnings, "infos", infos));
    }
}
