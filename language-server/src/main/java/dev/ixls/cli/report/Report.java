package dev.ixls.cli.report;

import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import java.io.PrintWriter;
import java.util.List;

/** An output format of {@code ixls check}. Messages are already free of keys; reports add none. */
public interface Report {

    void write(List<FileReport> files, Language language, PrintWriter out);

    static long count(List<FileReport> files, Severity severity) {
        return files.stream().flatMap(f -> f.diagnostics().stream()).filter(d -> d.severity() == severity).count();
    }
}
