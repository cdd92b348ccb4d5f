package dev.ixls.cli.report;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.TunnelStatus;
import java.util.List;

/**
 * The findings for one checked file.
 *
 * @param path as shown to the user: relative to the working directory when inside it
 * @param tunnels the status of each tunnel of the AWS samples linked to the file, for
 *                {@code --summary}; empty when no sample is linked or no summary was asked for
 */
public record FileReport(String path, List<Diagnostic> diagnostics, List<TunnelStatus> tunnels) {

    public FileReport(String path, List<Diagnostic> diagnostics) {
        this(path, diagnostics, List.of());
    }
}
