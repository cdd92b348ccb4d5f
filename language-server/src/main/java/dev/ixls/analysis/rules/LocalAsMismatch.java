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
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/** IX507: {@code router bgp ASN} differs from the customer gateway ASN in the sample. */
public final class LocalAsMismatch extends Rule {

    public LocalAsMismatch() {
        super(RuleCode.IX507, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        Set<Long> reported = new HashSet<>();
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Long right = c.tunnel().customerAsn();
            if (!c.isBgp() || c.bgp() == null || right == null || c.localAsMatches() || !reported.add(right)) {
                continue;
            }
            Word asn = c.bgp().statement().argWord("asn");
            if (asn == null) {
                continue;
            }
            String id = c.sampleTunnel().sample().sample().connectionId();
            findings.report(asn.range(), Messages.text("IX507.differs", "asn", asn.text(), "right", right, "id", id))
                    .fix(Fix.of(Messages.text("fix.changeToPlain",
                            "value", right), Edits.replace(asn, String.valueOf(right))))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.CUSTOMER_ASN,
                            Messages.text("IX507.related")));
        }
    }
}
