package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * A transcript diagnosed: one result per tunnel, and notes on the text that was not read.
 *
 * @param configLocation where the config came from (a file, or the transcript's own
 *                       {@code show running-config}), or null without a config
 * @param samples the AWS samples joined in
 */
public record TranscriptDiagnosis(String transcriptLocation, String configLocation, List<LinkedSample> samples,
        List<TunnelDiagnosis> tunnels, List<Note> notes) {

    /** Text of the transcript ixls did not use ({@link Cause#TEXT_NOT_READ}). */
    public record Note(Range range, LocalizedText message) {
    }

    public boolean allUp() {
        return !tunnels.isEmpty() && tunnels.stream().allMatch(t -> t.state() == TunnelState.UP);
    }

    public long count(TunnelState state) {
        return tunnels.stream().filter(t -> t.state() == state).count();
    }
}
