package dev.ixls.cli.report;

import dev.ixls.analysis.Diagnostic;
import java.util.List;

/**
 * The findings for one checked file.
 *
 * @param path as shown to the user: relative to the working directory when inside it
 */
public record FileReport(String path, List<Diagnostic> diagnostics) {
}
