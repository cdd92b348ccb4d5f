package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.TunnelCheck;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.analysis.TunnelStatuses;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-tunnel status of a config against its linked samples (from the analysis layer's
 * tunnel statuses), and what editors show of it: a code lens above each tunnel interface, the
 * tunnels grouped by sample, and a one-line status message.
 */
public final class TunnelSummaries {

    /** A code lens: the line it stands above (the interface's opening line) and its title. */
    public record Lens(Range range, String title) {
    }

    /** The tunnels of one linked sample's VPN, in the sample's order; {@code connectionId} may be null. */
    public record SampleTunnels(String connectionId, String sampleUri, List<TunnelSummary> tunnels) {
    }

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

    /** One lens per tunnel that an interface of the config carries. */
    public static List<Lens> lenses(List<TunnelSummary> summaries, Language lang) {
        List<Lens> out = new ArrayList<>();
        for (TunnelSummary s : summaries) {
            if (s.interfaceRange() != null) {
                out.add(new Lens(s.interfaceRange(), lensTitle(s, lang)));
            }
        }
        return out;
    }

    /** The tunnels grouped by the sample and VPN they come from, in first-seen order. */
    public static List<SampleTunnels> bySample(List<TunnelSummary> summaries) {
        Map<String, List<TunnelSummary>> groups = new LinkedHashMap<>();
        for (TunnelSummary s : summaries) {
            groups.computeIfAbsent(s.sampleUri() + "\u0000" + s.connectionId(), k -> new ArrayList<>()).add(s);
        }
        List<SampleTunnels> out = new ArrayList<>();
        for (List<TunnelSummary> tunnels : groups.values()) {
            TunnelSummary first = tunnels.get(0);
            out.add(new SampleTunnels(first.connectionId(), first.sampleUri(), List.copyOf(tunnels)));
        }
        return out;
    }

    /**
     * The status as one line: each tunnel's lens title with the checks that fail, joined by
     * {@code |}; empty when no tunnel is linked.
     */
    public static String statusLine(List<TunnelSummary> summaries, Language lang) {
        StringBuilder sb = new StringBuilder();
        for (TunnelSummary s : summaries) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            String lens = lensTitle(s, lang);
            List<String> failing = s.checks().stream().filter(c -> !c.ok()).map(c -> c.name().get(lang)).toList();
            sb.append(failing.isEmpty() ? lens : Messages.get(lang, "status.lensFailing", "lens", lens,
                    "checks", String.join(", ", failing)));
        }
        return sb.toString();
    }
}
