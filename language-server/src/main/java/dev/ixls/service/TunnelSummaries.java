package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.TunnelCheck;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.analysis.TunnelStatuses;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-tunnel status of a config against its linked samples (from the analysis layer's
 * tunnel statuses), and the code lens titles made from it.
 */
public final class TunnelSummaries {

    private TunnelSummaries() {
    }

    public static List<TunnelSummary> of(AnalysisContext context) {
        List<TunnelSummary> out = new ArrayList<>();
        for (TunnelStatus s : TunnelStatuses.of(context)) {
            List<TunnelSummary.Check> checks = new ArrayList<>();
            for (TunnelCheck c : s.checks()) {
                checks.add(new TunnelSummary.Check(c.id(), c.name(), c.ok()));
            }
            out.add(new TunnelSummary(s.sample().sample().connectionId(), s.sample().location(), s.tunnel().number(),
                    s.tunnel().awsOutsideAddress(), s.interfaceName(), s.interfaceRange(), List.copyOf(checks)));
        }
        return out;
    }

    /** {@code Tunnel #1 · vpn-0e88… · 5/6 checks pass}, in the language asked for. */
    public static String lensTitle(TunnelSummary s, Language lang) {
        String vpn = s.connectionId() == null ? "AWS VPN"
                : s.connectionId().startsWith("vpn-") && s.connectionId().length() > 8
                        ? s.connectionId().substring(0, 8) + "…" : s.connectionId();
        LocalizedText title = Messages.text("lens.tunnel", "number", s.number(), "vpn", vpn, "passed", s.passed(),
                "total", s.total());
        return title.get(lang);
    }
}
