package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.analysis.TunnelComparison.KeyState;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;

/**
 * IX503: the pre-shared key for an AWS peer differs from the sample's. Neither key is ever shown;
 * the fix's edit carries the sample's key into the user's own file, its title does not.
 */
public final class PresharedKeyMismatch extends Rule {

    public PresharedKeyMismatch() {
        super(RuleCode.IX503, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            if (c.keyState() != KeyState.DIFFERS || c.keyWord() == null) {
                continue;
            }
            AwsTunnel t = c.tunnel();
            LocalizedText which = AwsTunnels.number(t);
            LocalizedText message = c.keyBelongsTo()
                    .map(other -> Messages.text("IX503.crossed", "peer", t.awsOutsideAddress(), "which", which,
                            "other", AwsTunnels.describe(other)))
                    .orElse(Messages.text("IX503.differs", "peer", t.awsOutsideAddress(), "which", which));
            findings.report(c.keyWord().range(), message)
                    .fix(Fix.of(Messages.text("IX503.useSampleKey", "which", which),
                            Edits.replace(c.keyWord(), t.presharedKey().reveal())))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.PRESHARED_KEY,
                            Messages.text("IX503.related", "which", which)));
        }
    }
}
