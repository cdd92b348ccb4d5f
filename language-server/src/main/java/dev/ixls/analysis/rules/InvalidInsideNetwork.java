package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.syntax.Word;

/** IX301: a tunnel to AWS whose inside address is not a /30 inside 169.254.0.0/16. */
public final class InvalidInsideNetwork extends Rule {

    public InvalidInsideNetwork() {
        super(RuleCode.IX301, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel()) {
                continue;
            }
            boolean inRange = AwsLimits.INSIDE_RANGE.contains(a.address());
            if (inRange && a.length() == AwsLimits.INSIDE_LENGTH) {
                continue;
            }
            Word word = i.addressWord();
            Finding f = findings.report(word.range(), Messages.text("IX301.notLinkLocal30", "address", a,
                    "name", i.name()));
            if (inRange) {
                String fixed = a.address() + "/" + AwsLimits.INSIDE_LENGTH;
                f.fix(Fix.of(Messages.text("fix.changeToPlain", "value", fixed), Edits.replace(word, fixed)));
            }
            context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                    SampleField.INSIDE_ADDRESSES, Messages.text("related.sampleInsideAddresses"))));
        }
    }
}
