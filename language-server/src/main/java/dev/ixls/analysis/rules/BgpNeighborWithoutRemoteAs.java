package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.RouterBgp;

/** IX403: a BGP neighbor with no {@code remote-as}: the router never starts the session. */
public final class BgpNeighborWithoutRemoteAs extends Rule {

    public BgpNeighborWithoutRemoteAs() {
        super(RuleCode.IX403, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        ConfigGaps gaps = context.gaps();
        if (bgp == null || gaps.isFragment()) {
            return;
        }
        for (BgpNeighbor n : bgp.neighbors()) {
            if (n.remoteAs() != null || gaps.mayMention(n.address().toString())) {
                continue; // an unread line (a peer-group, say) may give it
            }
            Finding f = findings.report(n.firstStatement().argWord("address").range(),
                    Messages.text("IX403.noRemoteAs", "address", n.address()));
            awsAsn(context, n).ifPresent(asn -> {
                String line = "neighbor " + n.address() + " remote-as " + asn;
                f.fix(Fix.of(Messages.text("fix.add", "line", line),
                        Edits.insertIntoBlock(context.config(), bgp.statement(), line)));
            });
        }
    }

    /** The Amazon-side ASN a linked sample gives for this neighbor address. */
    private static java.util.Optional<Long> awsAsn(AnalysisContext context, BgpNeighbor n) {
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                if (n.address().toString().equals(t.awsInsideAddress()) && t.awsAsn() != null) {
                    return java.util.Optional.of(t.awsAsn());
                }
            }
        }
        return java.util.Optional.empty();
    }
}
