package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.RouterBgp;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.List;

/** IX407: BGP that advertises nothing: no network, no originate-default, no redistribution. */
public final class BgpAdvertisesNothing extends Rule {

    public BgpAdvertisesNothing() {
        super(RuleCode.IX407, Severity.INFO,
                LocalizedText.of("BGP advertises nothing", "BGP が何も広告していません"),
                LocalizedText.of("AWS learns the on-premises networks only from what this router advertises; with nothing advertised the VPC has no route back.",
                        "AWS はこのルータが広告した経路だけでオンプレミスのネットワークを知ります。何も広告しないと VPC から戻る経路がありません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null || !bgp.networks().isEmpty() || bgp.originatesDefault() || advertises(bgp.members())) {
            return;
        }
        findings.report(bgp.statement().range(), LocalizedText.of(
                "`router bgp " + bgp.asn() + "` advertises nothing, so AWS learns no route back to your networks. Add "
                        + "`network A.B.C.D/N` (or `originate-default always`) under `address-family ipv4 unicast`.",
                "`router bgp " + bgp.asn() + "` は何も広告しておらず、AWS はこちらのネットワークへの経路を知りません。"
                        + "`address-family ipv4 unicast` の下に `network A.B.C.D/N`（または `originate-default always`）を追加してください。"));
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
