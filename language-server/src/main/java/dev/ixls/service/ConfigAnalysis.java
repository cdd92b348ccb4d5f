package dev.ixls.service;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.model.IxConfig;
import java.util.List;

/**
 * A checked IX config: its model, the samples it was compared with, and the findings.
 *
 * @param config null when the input was not text (binary)
 */
public record ConfigAnalysis(String location, IxConfig config, List<LinkedSample> samples,
        List<Diagnostic> diagnostics) {
}
