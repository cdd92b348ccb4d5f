package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.transcript.ShowTranscript;
import java.util.List;

/**
 * What a diagnosis joins: the router's output, the config (when known) and the AWS samples.
 *
 * @param config null when neither a config file nor a running config in the transcript is known;
 *     its keys are masked where they stand ({@link Citations}); the model's mask themselves
 */
public record DiagnosisInput(ShowTranscript transcript, String transcriptLocation, ConfigSource config,
        List<LinkedSample> samples, CommandCatalog catalog) {
}
