package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.RuleCode;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * One tunnel as the router's output shows it: up, or down (or impaired) with the likely cause,
 * the fix, and the lines behind it. Holds no key: every text is masked before it gets here.
 *
 * @param number the tunnel's number in its AWS sample, or its place among the tunnels found
 * @param connectionId the AWS VPN connection, or null without a sample
 * @param sampleLocation the AWS sample, or null
 * @param interfaceName the config's tunnel interface for the peer, or null
 * @param cause why it is down or impaired; {@link Cause#STATE_NOT_SHOWN} when unknown; null when up
 * @param message the diagnosis in a sentence or two
 * @param fix what to do, or null when up
 * @param evidence transcript lines first, then config lines, then sample lines
 * @param notes what the transcript did not show (layers not checked)
 * @param anchor the transcript range the diagnosis is reported at
 */
public record TunnelDiagnosis(int number, String peer, String connectionId, String sampleLocation,
        String interfaceName, TunnelState state, Cause cause, LocalizedText message, LocalizedText fix,
        List<Evidence> evidence, List<LocalizedText> notes, Range anchor) {

    /** The code reported for this tunnel, or null when it is up. */
    public RuleCode code() {
        return cause == null ? null : cause.code();
    }
}
