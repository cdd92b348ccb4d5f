package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What editors show of a transcript of router output diagnosed by {@link TranscriptDiagnoses}: a
 * code lens per tunnel, each tunnel's live state (beside the config's checks in the tunnel status
 * view, for the transcript and for its config), and a one-line status message. The transcript's
 * counterpart of {@link TunnelSummaries}.
 */
public final class TranscriptSummaries {

    /**
     * A tunnel's state as the router's output shows it.
     *
     * @param summary the state word, with the cause and its code when not up
     * @param transcriptLocation the transcript it was read from
     */
    public record Live(TunnelState state, LocalizedText summary, LocalizedText message, String transcriptLocation) {
    }

    /** The diagnosed tunnels of one AWS sample's VPN, in the diagnosis' order; both may be null. */
    public record SampleTunnels(String connectionId, String sampleLocation, List<TunnelDiagnosis> tunnels) {
    }

    private TranscriptSummaries() {
    }

    /** The code lens over a tunnel: {@code Tunnel #2 · 52.198.204.130 · down: Pre-shared key mismatch (IX702)}. */
    public static String lensTitle(TunnelDiagnosis d, Language language) {
        return switch (d.state()) {
            case UP -> Messages.get(language, "diagnose.lens.up", "number", d.number(), "peer", d.peer());
            case DOWN -> Messages.get(language, "diagnose.lens.down", "number", d.number(), "peer", d.peer(), "cause",
                    d.cause().title(), "code", d.code());
            case IMPAIRED -> Messages.get(language, "diagnose.lens.impaired", "number", d.number(), "peer", d.peer(),
                    "cause", d.cause().title(), "code", d.code());
            case UNKNOWN -> Messages.get(language, "diagnose.lens.unknown", "number", d.number(), "peer", d.peer(),
                    "code", d.code());
        };
    }

    /** One lens per tunnel, on the transcript line its diagnosis is reported at. */
    public static List<TunnelSummaries.Lens> lenses(TranscriptDiagnosis d, Language language) {
        List<TunnelSummaries.Lens> out = new ArrayList<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            out.add(new TunnelSummaries.Lens(t.anchor(), lensTitle(t, language)));
        }
        return out;
    }

    /** The state as a word: up, down, impaired, not shown. */
    public static LocalizedText stateWord(TunnelState state) {
        return switch (state) {
            case UP -> Messages.text("diagnose.state.up");
            case DOWN -> Messages.text("diagnose.state.down");
            case IMPAIRED -> Messages.text("diagnose.state.impaired");
            case UNKNOWN -> Messages.text("diagnose.state.unknown");
        };
    }

    /** A tunnel's live state, read from the transcript at {@code transcriptLocation}. */
    public static Live live(TunnelDiagnosis t, String transcriptLocation) {
        LocalizedText word = stateWord(t.state());
        LocalizedText summary = t.cause() == null ? word
                : Messages.text("diagnose.live.summary", "state", word, "cause", t.cause().title(), "code", t.code());
        return new Live(t.state(), summary, t.message(), transcriptLocation);
    }

    /** The live state of each tunnel of {@code d} whose AWS peer is one of {@code peers}, by peer. */
    public static Map<String, Live> liveByPeer(TranscriptDiagnosis d, Set<String> peers) {
        Map<String, Live> out = new LinkedHashMap<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            if (peers.contains(t.peer())) {
                out.put(t.peer(), live(t, d.transcriptLocation()));
            }
        }
        return out;
    }

    /** The tunnels grouped by the sample and VPN they come from, in first-seen order. */
    public static List<SampleTunnels> bySample(TranscriptDiagnosis d) {
        Map<String, List<TunnelDiagnosis>> groups = new LinkedHashMap<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            groups.computeIfAbsent(t.sampleLocation() + "\u0000" + t.connectionId(), k -> new ArrayList<>()).add(t);
        }
        List<SampleTunnels> out = new ArrayList<>();
        for (List<TunnelDiagnosis> tunnels : groups.values()) {
            TunnelDiagnosis first = tunnels.get(0);
            out.add(new SampleTunnels(first.connectionId(), first.sampleLocation(), List.copyOf(tunnels)));
        }
        return out;
    }

    /**
     * The config's per-tunnel checks against the diagnosis' samples, by AWS peer, when the
     * diagnosis read a config file ({@code configText}, null when it cannot be read); none for
     * the transcript's own running config or without a sample.
     */
    public static Map<String, List<TunnelSummary.Check>> configChecks(IxLanguageService service,
            TranscriptDiagnosis d, String configText) {
        Map<String, List<TunnelSummary.Check>> out = new LinkedHashMap<>();
        if (configText == null || d.configLocation() == null || d.samples().isEmpty()
                || d.configLocation().equals(d.transcriptLocation())) {
            return out;
        }
        for (TunnelSummary s : TunnelSummaries.of(new AnalysisContext(d.configLocation(), service.model(configText),
                d.samples(), service.catalog()))) {
            out.put(s.awsOutside(), s.checks());
        }
        return out;
    }

    /** The status as one line: each tunnel's lens title, joined by {@code |}, or that there is no tunnel. */
    public static String statusLine(TranscriptDiagnosis d, Language language) {
        List<String> lines = new ArrayList<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            lines.add(lensTitle(t, language));
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get(language, "diagnose.report.noTunnels"));
        }
        return String.join(" | ", lines);
    }
}
