package dev.ixls.analysis.diagnose;

import dev.ixls.model.IxConfig;
import dev.ixls.syntax.Range;
import dev.ixls.transcript.RunningConfig;

/**
 * The config a transcript is read against: a separate file, or the transcript's own
 * {@code show running-config} (then its lines are cited in the transcript).
 *
 * @param embedded the running config the model was parsed from, or null for a separate file
 */
public record ConfigSource(IxConfig config, String location, RunningConfig embedded) {

    /** A range of the parsed config as a range of {@link #location()}. */
    public Range cite(Range inConfig) {
        return embedded == null ? inConfig : embedded.toTranscript(inConfig);
    }
}
