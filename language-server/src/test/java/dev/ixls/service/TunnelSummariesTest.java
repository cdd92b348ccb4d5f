package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.i18n.Language;
import dev.ixls.syntax.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What editors and other clients show of the tunnel status: lenses, groups by sample, a status line. */
class TunnelSummariesTest {

    private final IxLanguageService service = new IxLanguageService();

    private List<TunnelSummary> tunnels(String text, List<LinkedSample> samples) {
        return service.tunnels(service.analyze("router.ix", text, samples, RuleSettings.defaults()));
    }

    @Test
    void aLensAboveEachTunnelInterfaceInBothLanguages() {
        List<TunnelSummary> tunnels = tunnels(Fixtures.read("ix/seed-article.ix"), Samples.linked(Samples.SEED));
        assertEquals(List.of(
                new TunnelSummaries.Lens(Range.onLine(24, 0, 19), "Tunnel #1 · vpn-0e88… · 6/6 checks pass"),
                new TunnelSummaries.Lens(Range.onLine(31, 0, 19), "Tunnel #2 · vpn-0e88… · 6/6 checks pass")),
                TunnelSummaries.lenses(tunnels, Language.EN));
        assertEquals("トンネル #1 · vpn-0e88… · 6 項目中 6 項目 OK",
                TunnelSummaries.lenses(tunnels, Language.JA).get(0).title());
    }

    @Test
    void theStatusLineNamesTheFailingChecks() {
        String text = Fixtures.read("ix/seed-article.ix").replace("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "wrongKey12345678");
        List<TunnelSummary> tunnels = tunnels(text, Samples.linked(Samples.SEED));
        assertEquals("Tunnel #1 · vpn-0e88… · 5/6 checks pass (failing: pre-shared key)"
                + " | Tunnel #2 · vpn-0e88… · 6/6 checks pass", TunnelSummaries.statusLine(tunnels, Language.EN));
        assertEquals("トンネル #1 · vpn-0e88… · 6 項目中 5 項目 OK（NG: 事前共有鍵） | トンネル #2 · vpn-0e88… · 6 項目中 6 項目 OK",
                TunnelSummaries.statusLine(tunnels, Language.JA));
    }

    @Test
    void tunnelsAreGroupedBySample() {
        List<TunnelSummary> tunnels = tunnels(Fixtures.read("ix/seed-article.ix"), Samples.linked(Samples.SEED));
        List<TunnelSummaries.SampleTunnels> groups = TunnelSummaries.bySample(tunnels);
        assertEquals(1, groups.size());
        assertEquals("vpn-0e88bfbe4ce7ff72a", groups.get(0).connectionId());
        assertEquals(Fixtures.path(Samples.SEED).toUri().toString(), groups.get(0).sampleUri());
        assertEquals(List.of(1, 2), groups.get(0).tunnels().stream().map(TunnelSummary::number).toList());
    }

    @Test
    void withoutALinkedSampleThereIsNothingToShow() {
        List<TunnelSummary> tunnels = tunnels(Fixtures.read("ix/seed-article.ix"), List.of());
        assertEquals(List.of(), tunnels);
        assertEquals("", TunnelSummaries.statusLine(tunnels, Language.EN));
    }
}
