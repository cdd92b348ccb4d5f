package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.service.TranscriptDiagnoses.ConfigFile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What editors and other clients show of a diagnosed transcript: lenses, live state, groups, checks, a status line. */
class TranscriptSummariesTest {

    private static final String CONFIG = "show/configs/seed-wrong-key-2.ix";

    private final IxLanguageService service = new IxLanguageService();

    /** The PSK-mismatch transcript read against a config file and the seed sample: tunnel #2 is down (IX702). */
    private TranscriptDiagnosis pskMismatch() {
        return TranscriptDiagnoses.diagnose(service, "tunnels.ixlog", Fixtures.read("show/psk-mismatch.txt"),
                new ConfigFile(CONFIG, Fixtures.read(CONFIG)), peers -> Samples.linked(Samples.SEED));
    }

    @Test
    void aLensOnEachTunnelsLineInBothLanguages() {
        List<TunnelSummaries.Lens> en = TranscriptSummaries.lenses(pskMismatch(), Language.EN);
        assertEquals(List.of("Tunnel #1 · 18.182.91.31 · up",
                "Tunnel #2 · 52.198.204.130 · down: Pre-shared key mismatch (IX702)"),
                en.stream().map(TunnelSummaries.Lens::title).toList());
        assertEquals(30, en.get(1).range().start().line());
        assertEquals("トンネル #2 · 52.198.204.130 · 停止: 事前共有鍵の不一致（IX702）",
                TranscriptSummaries.lenses(pskMismatch(), Language.JA).get(1).title());
    }

    @Test
    void theLiveStateNamesTheCauseAndItsCode() {
        TranscriptDiagnosis d = pskMismatch();
        Map<String, TranscriptSummaries.Live> live = TranscriptSummaries.liveByPeer(d, Set.of("52.198.204.130"));
        assertEquals(Set.of("52.198.204.130"), live.keySet());
        TranscriptSummaries.Live two = live.get("52.198.204.130");
        assertEquals(TunnelState.DOWN, two.state());
        assertEquals("down: Pre-shared key mismatch (IX702)", two.summary().en());
        assertEquals("停止: 事前共有鍵の不一致 (IX702)", two.summary().ja());
        assertEquals("tunnels.ixlog", two.transcriptLocation());
        TunnelDiagnosis one = d.tunnels().get(0);
        assertEquals("up", TranscriptSummaries.live(one, "tunnels.ixlog").summary().en());
    }

    @Test
    void tunnelsAreGroupedBySampleWithTheConfigsChecks() {
        TranscriptDiagnosis d = pskMismatch();
        List<TranscriptSummaries.SampleTunnels> groups = TranscriptSummaries.bySample(d);
        assertEquals(1, groups.size());
        assertEquals("vpn-0e88bfbe4ce7ff72a", groups.get(0).connectionId());
        assertEquals(List.of(1, 2), groups.get(0).tunnels().stream().map(TunnelDiagnosis::number).toList());
        Map<String, List<TunnelSummary.Check>> checks = TranscriptSummaries.configChecks(service, d,
                Fixtures.read(CONFIG));
        assertTrue(checks.get("18.182.91.31").stream().allMatch(TunnelSummary.Check::ok), checks.toString());
        assertFalse(checks.get("52.198.204.130").stream().filter(c -> c.id().equals("key")).findFirst().orElseThrow()
                .ok(), checks.toString());
    }

    @Test
    void theTranscriptsOwnRunningConfigGetsNoChecks() {
        TranscriptDiagnosis d = TranscriptDiagnoses.diagnose(service, "crlf.ixlog",
                Fixtures.read("show/crlf-paged-running-config.txt"), null, peers -> Samples.linked(Samples.SEED));
        assertEquals("crlf.ixlog", d.configLocation());
        assertEquals(Map.of(), TranscriptSummaries.configChecks(service, d, Fixtures.read(CONFIG)));
    }

    @Test
    void theStatusLineJoinsTheLensesOrSaysThereIsNoTunnel() {
        assertEquals("Tunnel #1 · 18.182.91.31 · up | Tunnel #2 · 52.198.204.130 · down: Pre-shared key mismatch (IX702)",
                TranscriptSummaries.statusLine(pskMismatch(), Language.EN));
        TranscriptDiagnosis none = TranscriptDiagnoses.diagnose(service, "empty.ixlog", "", null, peers -> List.of());
        assertEquals("No tunnel to diagnose: the transcript, the config and the AWS sample name no IKE peer.",
                TranscriptSummaries.statusLine(none, Language.EN));
    }
}
