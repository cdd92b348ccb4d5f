package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
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
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import java.util.Optional;

/**
 * IX205: a tunnel interface to AWS without a TCP MSS clamp, or with one above what fits the
 * tunnel. AWS does no path MTU discovery, so large TCP segments are fragmented or dropped.
 */
public final class MissingMssClamp extends Rule {

    private static final String AUTO = "ip tcp adjust-mss auto";

    public MissingMssClamp() {
        super(RuleCode.IX205, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        boolean fragment = context.gaps().isFragment();
        for (Interface i : context.awsTunnels()) {
            if (!i.isIpsecTunnel()) {
                continue;
            }
            Optional<SampleTunnel> st = context.sampleTunnel(config.peerOf(i));
            int limit = st.map(s -> s.tunnel().tcpMss()).orElse(AwsLimits.MSS); // an old sample's 1387 is its own limit
            Finding f;
            if (i.mss() == null) {
                if (fragment) {
                    continue; // the clamp may have been typed in another session
                }
                f = findings.report(i.opener().range(), Messages.text("IX205.noClamp", "name", i.name(), "auto", AUTO))
                        .fix(Fix.of(Messages.text("fix.add", "line", AUTO),
                                Edits.insertIntoBlock(config, i.opener(), AUTO)));
            } else if (i.mss() != Interface.MSS_AUTO && i.mss() > limit) {
                Statement line = i.member("interface.adjust-mss");
                f = findings.report(line.argWord("mss").range(), Messages.text("IX205.tooLarge", "mss", i.mss(),
                        "name", i.name(), "limit", limit, "auto", AUTO))
                        .fix(Fix.of(Messages.text("fix.changeTo", "value", AUTO),
                                Edits.replaceStatement(line, AUTO)));
            } else {
                continue;
            }
            st.ifPresent(s -> f.related(AwsTunnels.sampleLine(s, SampleField.TCP_MSS,
                    Messages.text("IX205.related"))));
        }
    }
}
