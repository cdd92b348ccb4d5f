package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * IX305: without a sample to compare with, a tunnel to AWS holding the first usable address of
 * its /30. AWS always takes that one and leaves the second to the customer gateway.
 */
public final class AwsSideInsideAddress extends Rule {

    public AwsSideInsideAddress() {
        super(RuleCode.IX305, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (context.hasSamples()) {
            return; // IX504 compares with the sample's own addresses
        }
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel() || a.length() != AwsLimits.INSIDE_LENGTH
                    || !AwsLimits.INSIDE_RANGE.contains(a.address())) {
                continue;
            }
            Ipv4Address aws = AwsLimits.awsSide(a.subnet());
            if (!a.address().equals(aws)) {
                continue;
            }
            Ipv4Address ours = AwsLimits.customerSide(a.subnet());
            if (context.config().routerBgp().map(bgp -> bgp.neighbors().stream()
                    .anyMatch(n -> n.address().equals(aws))).orElse(false)) {
                continue; // a neighbor names the interface's own address: IX402 says this, with this fix
            }
            Word word = i.addressWord();
            List<TextEdit> edits = new ArrayList<>();
            edits.add(Edits.replace(word, ours + "/" + a.length()));
            // A neighbor typed as the other address was swapped along with it: swap it back too.
            context.config().routerBgp().ifPresent(bgp -> {
                for (BgpNeighbor n : bgp.neighbors()) {
                    if (n.address().equals(ours)) {
                        for (Statement s : n.statements()) {
                            edits.add(Edits.replace(s.argWord("address"), aws.toString()));
                        }
                    }
                }
            });
            findings.report(word.range(), Messages.text("IX305.awsSide", "name", i.name(), "aws", aws,
                    "subnet", a.subnet(), "ours", ours))
                    .fix(new Fix(edits.size() > 1
                            ? Messages.text("IX305.useOursAndNeighbor", "ours", ours, "aws", aws)
                            : Messages.text("IX305.useOurs", "ours", ours), List.copyOf(edits)));
        }
    }
}
