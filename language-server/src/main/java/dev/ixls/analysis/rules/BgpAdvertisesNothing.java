package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.i18n.Messages;
import dev.ixls.model.RouterBgp;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.List;

/** IX407: BGP that advertises nothing: no network, no originate-default, no redistribution. */
public final class BgpAdvertisesNothing extends Rule {

    public BgpAdvertisesNothing() {
        super(RuleCode.IX407, Severity.INFO);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null || !bgp.networks().isEmpty() || bgp.originatesDefault() || advertises(bgp.members())) {
            return;
        }
        findings.report(bgp.statement().range(), Messages.text("IX407.nothing", "asn", bgp.asn()));
    }

    /** Redistribution, aggregates and per-neighbor default routes advertise too; unread lines may. */
    private static boolean advertises(List<Statement> members) {
        for (Statement s : members) {
            boolean unread = s.placement() == Placement.UNKNOWN
                    || (s.match() != null && s.match().status() != MatchStatus.COMPLETE);
            if (unread || s.is("bgp-af.redistribute")
                    || (s.is("bgp-af.other") && "aggregate-address".equals(s.arg("setting")))
                    || (s.is("bgp.neighbor.other") && "default-originate".equals(s.arg("setting")))
                    || advertises(s.children())) {
                return true;
            }
        }
        return false;
    }
}
