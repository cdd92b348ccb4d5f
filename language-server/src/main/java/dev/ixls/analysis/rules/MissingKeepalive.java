package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Ikev2Profile;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/**
 * IX204: a tunnel to AWS without IKE keepalive (IKEv1) or dead peer detection (IKEv2). AWS
 * clears a tunnel it hears nothing from, and without DPD the router keeps a dead SA.
 */
public final class MissingKeepalive extends Rule {

    public MissingKeepalive() {
        super(RuleCode.IX204, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        Set<String> kept = new HashSet<>();
        config.ikeKeepalives().forEach(k -> kept.add(k.policy()));
        for (IkePolicy p : config.ikePolicies().values()) {
            // Cheapest and most often decisive first: most policies have their keepalive.
            if (kept.contains(p.name()) || !context.isAwsPeer(p.peer()) || gaps.mayMention(p.name())) {
                continue;
            }
            Word name = p.statement().argWord("name");
            String line = "ike keepalive " + p.name() + " 10 3";
            Finding f = findings.report(name != null ? name.range() : p.statement().range(),
                    Messages.text("IX204.ikePolicy", "name", p.name(), "peer", p.peer(), "line", line))
                    .fix(Fix.of(Messages.text("fix.add", "line", line),
                            Edits.insertTopLevelAfter(config, p.statement(), line)));
            relateDpd(context, p.peer(), f);
        }
        for (Interface i : context.tunnelInterfaces()) {
            if (i.ikev2Peer() == null || i.ikev2DpdInterval() != null || !context.isAwsPeer(i.ikev2Peer())) {
                continue;
            }
            Statement peerLine = i.member("interface.ikev2-peer");
            if (peerLine == null) {
                continue;
            }
            Ikev2Profile profile = config.ikev2Profiles().get(i.ikev2Profile() != null ? i.ikev2Profile() : "default");
            if (profile != null && profile.dpdIntervalSeconds() != null) {
                continue;
            }
            if (i.ikev2Profile() != null && profile == null && gaps.mayMention(i.ikev2Profile())) {
                continue;
            }
            Finding f = findings.report(peerLine.range(), profile != null
                    ? Messages.text("IX204.noDpdWithProfile", "name", i.name(), "peer", i.ikev2Peer(),
                            "profile", profile.name())
                    : Messages.text("IX204.noDpd", "name", i.name(), "peer", i.ikev2Peer()))
                    .fix(Fix.of(Messages.text("IX204.addDpdHere", "name", i.name()),
                            Edits.insertAfter(config, peerLine, "ikev2 dpd interval 10", peerLine.line())));
            if (profile != null) {
                f.fix(Fix.of(Messages.text("IX204.addDpdToProfile", "name", profile.name()),
                        Edits.insertIntoBlock(config, profile.statement(), "dpd interval 10")));
            }
            relateDpd(context, i.ikev2Peer(), f);
        }
    }

    private static void relateDpd(AnalysisContext context, String peer, Finding f) {
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st, SampleField.DPD,
                Messages.text("IX204.related"))));
    }
}
