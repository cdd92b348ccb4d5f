package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.transcript.IkeSa;

/**
 * IX702: phase 1 fails with hash errors, the sign of a pre-shared key that differs between the
 * two ends (the counter's meaning is read from its name: in every real sample it is 0). The
 * policy is named; the key never is.
 */
final class KeyMismatch {

    private KeyMismatch() {
    }

    static Verdict find(TunnelFacts f, Citations c) {
        IkeSa sa = f.ikeSas.stream().filter(s -> s.counter("ph1 hash err") > 0).findFirst().orElse(null);
        if (sa == null) {
            return null;
        }
        String policy = sa.policy() != null ? sa.policy() : f.policyName();
        Verdict v = new Verdict(TunnelState.DOWN, Cause.PRESHARED_KEY_MISMATCH);
        v.message = Messages.text("IX702.message", "tunnel", Names.tunnel(f), "policy", policy == null ? "?" : policy,
                "count", sa.counter("ph1 hash err"));
        v.fix = f.tunnel != null ? Messages.text("IX702.fix", "number", f.number, "policy", policy == null ? "?" : policy)
                : Messages.text("IX702.fixNoSample", "policy", policy == null ? "?" : policy);
        v.add(c.transcript(sa.line("ph1 hash err"), Messages.text("IX702.hashErrors")));
        if (sa.lines().containsKey("state")) {
            v.add(c.transcript(sa.line("state"), Messages.text("diagnose.evidence.ikeState")));
        }
        if (f.policy != null) {
            v.add(c.config(f.policy.statement(), Messages.text("IX702.policyLine")));
        }
        if (f.comparison != null) {
            TunnelComparison.KeyState state = f.comparison.keyState();
            AwsTunnel other = f.comparison.keyBelongsTo().orElse(null);
            if (other != null) {
                v.notes.add(Messages.text("IX702.keyOfOtherTunnel", "other", other.number()));
            } else if (state == TunnelComparison.KeyState.DIFFERS) {
                v.notes.add(Messages.text("IX702.configDiffers"));
            } else if (state == TunnelComparison.KeyState.MATCHES) {
                v.notes.add(Messages.text("IX702.configMatches"));
            }
        }
        if (f.tunnel != null) {
            v.add(c.sample(f.sample, f.tunnel, SampleField.PRESHARED_KEY, Messages.text("IX702.sampleLine")));
        }
        return v;
    }
}
