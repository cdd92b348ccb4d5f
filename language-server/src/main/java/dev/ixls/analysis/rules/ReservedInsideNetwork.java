package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Prefix;

/** IX303: a tunnel inside network in one of the /30s AWS reserves. */
public final class ReservedInsideNetwork extends Rule {

    public ReservedInsideNetwork() {
        super(RuleCode.IX303, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel()) {
                continue;
            }
            for (Ipv4Prefix reserved : AwsLimits.RESERVED_INSIDE) {
                if (reserved.overlaps(a)) {
                    Finding f = findings.report(i.addressWord().range(),
                            Messages.text("IX303.reserved", "address", a, "name", i.name(), "reserved", reserved));
                    context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                            SampleField.INSIDE_ADDRESSES, Messages.text("related.sampleInsideAddresses"))));
                    break;
                }
            }
        }
    }
}
