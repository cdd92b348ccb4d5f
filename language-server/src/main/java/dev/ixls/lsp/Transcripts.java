package dev.ixls.lsp;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.service.TranscriptDiagnoses;
import dev.ixls.service.TranscriptDiagnoses.ConfigFile;
import dev.ixls.service.TunnelSummaries;
import dev.ixls.service.TunnelSummary;
import dev.ixls.service.WorkspaceConfigs;
import dev.ixls.transcript.ShowTranscript;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.MessageType;

/**
 * Transcripts of router output in the editor: a diagnostic per tunnel that is not up, a code lens
 * per tunnel, and the live state in {@code ixls.tunnelStatus}, for the transcript itself and for
 * the config it belongs to. The config is the transcript's own running config, else an open
 * config, else a config file of the workspace, that shares an IKE peer with it.
 */
final class Transcripts {

    private Transcripts() {
    }

    static TranscriptDiagnosis diagnose(IxLanguageServer server, OpenDocument doc) {
        ShowTranscript t = doc.transcript();
        ConfigFile config = null;
        if (t.configs().isEmpty()) {
            List<ConfigFile> open = new ArrayList<>();
            for (OpenDocument d : server.openDocuments()) {
                if (d != doc && !d.isSample() && !d.isTranscript()) {
                    open.add(new ConfigFile(d.uri, d.text));
                }
            }
            config = WorkspaceConfigs.configFor(server.service, t,
                    chain(open.iterator(), () -> WorkspaceConfigs.onDisk(server.roots(), Uris::of)));
        }
        return TranscriptDiagnoses.diagnose(server.service, doc.uri, t, config,
                peers -> TranscriptDiagnoses.samplesFor(peers, server.samples.all()));
    }

    /** One diagnostic per tunnel that is not up, and one per piece of text not read. */
    static List<Diagnostic> diagnostics(IxLanguageServer server, OpenDocument doc) {
        Language lang = server.language();
        TranscriptDiagnosis d = diagnose(server, doc);
        List<Diagnostic> out = new ArrayList<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            if (t.state() == TunnelState.UP) {
                continue;
            }
            DiagnosticSeverity severity = switch (t.state()) {
                case DOWN -> DiagnosticSeverity.Error;
                case IMPAIRED -> DiagnosticSeverity.Warning;
                default -> DiagnosticSeverity.Information;
            };
            String message = t.message().get(lang) + (t.fix() == null ? "" : " " + t.fix().get(lang));
            Diagnostic x = new Diagnostic(Lsp.range(t.anchor()), message, severity, Lsp.SOURCE, t.code());
            x.setCodeDescription(new DiagnosticCodeDescription(t.cause().docsUrl()));
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Evidence e : t.evidence()) {
                if (e.location().equals(doc.uri) && e.range().equals(t.anchor())) {
                    continue; // the line the diagnostic stands on
                }
                String note = e.note() == null ? "" : e.note().get(lang);
                related.add(new DiagnosticRelatedInformation(new Location(server.toUri(e.location()), Lsp.range(e.range())),
                        e.text() == null ? note : note + ": " + e.text()));
            }
            if (!related.isEmpty()) {
                x.setRelatedInformation(related);
            }
            out.add(x);
        }
        for (TranscriptDiagnosis.Note n : d.notes()) {
            Diagnostic x = new Diagnostic(Lsp.range(n.range()), n.message().get(lang), DiagnosticSeverity.Information,
                    Lsp.SOURCE, "IX700");
            x.setCodeDescription(new DiagnosticCodeDescription(dev.ixls.analysis.diagnose.Cause.TEXT_NOT_READ.docsUrl()));
            out.add(x);
        }
        return out;
    }

    /** A lens per tunnel, on the line its diagnosis is reported at. */
    static List<CodeLens> codeLenses(IxLanguageServer server, OpenDocument doc) {
        List<CodeLens> out = new ArrayList<>();
        for (TunnelDiagnosis t : diagnose(server, doc).tunnels()) {
            Command command = new Command(TranscriptDiagnoses.lensTitle(t, server.language()),
                    IxLanguageServer.CMD_SHOW_STATUS, List.of(doc.uri));
            out.add(new CodeLens(Lsp.range(t.anchor()), command, null));
        }
        return out;
    }

    /** {@code ixls.tunnelStatus} for a transcript: its tunnels by sample, each with the config's checks and the live state. */
    static Map<String, Object> status(IxLanguageServer server, OpenDocument doc) {
        Language lang = server.language();
        TranscriptDiagnosis d = diagnose(server, doc);
        Map<String, List<TunnelSummary.Check>> checks = configChecks(server, d);
        Map<String, Map<String, Object>> bySample = new LinkedHashMap<>();
        for (TunnelDiagnosis t : d.tunnels()) {
            String sampleUri = t.sampleLocation() == null ? "" : server.toUri(t.sampleLocation());
            Map<String, Object> sample = bySample.computeIfAbsent(sampleUri + "\u0000" + t.connectionId(), k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("connectionId", t.connectionId() == null ? "" : t.connectionId());
                m.put("sampleUri", sampleUri);
                m.put("tunnels", new ArrayList<Map<String, Object>>());
                return m;
            });
            Map<String, Object> tunnel = new LinkedHashMap<>();
            tunnel.put("number", t.number());
            tunnel.put("awsOutside", t.peer());
            tunnel.put("interface", t.interfaceName());
            List<Map<String, Object>> list = new ArrayList<>();
            for (TunnelSummary.Check c : checks.getOrDefault(t.peer(), List.of())) {
                Map<String, Object> check = new LinkedHashMap<>();
                check.put("id", c.id());
                check.put("name", c.name().get(lang));
                check.put("ok", c.ok());
                list.add(check);
            }
            tunnel.put("checks", list);
            tunnel.put("live", live(t, doc.uri, lang));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> tunnels = (List<Map<String, Object>>) sample.get("tunnels");
            tunnels.add(tunnel);
        }
        return Map.of("samples", new ArrayList<>(bySample.values()));
    }

    /** The config's per-tunnel checks, by AWS peer, when the diagnosis found a config. */
    private static Map<String, List<TunnelSummary.Check>> configChecks(IxLanguageServer server, TranscriptDiagnosis d) {
        Map<String, List<TunnelSummary.Check>> out = new LinkedHashMap<>();
        if (d.configLocation() == null || d.samples().isEmpty()) {
            return out;
        }
        OpenDocument config = server.document(d.configLocation());
        String text = config != null ? config.text : Uris.path(d.configLocation()).map(Transcripts::read).orElse(null);
        if (text == null || d.configLocation().equals(d.transcriptLocation())) {
            return out;
        }
        var model = server.service.model(text);
        for (TunnelSummary s : TunnelSummaries.of(new AnalysisContext(d.configLocation(), model, d.samples(),
                server.service.catalog()))) {
            out.put(s.awsOutside(), s.checks());
        }
        return out;
    }

    private static String read(java.nio.file.Path p) {
        try {
            var decoded = dev.ixls.syntax.TextDecoder.decode(java.nio.file.Files.readAllBytes(p));
            return decoded.encoding() == dev.ixls.syntax.TextDecoder.Encoding.BINARY ? null : decoded.text();
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** The live state as the tunnel-status view shows it. */
    static Map<String, Object> live(TunnelDiagnosis t, String transcriptUri, Language lang) {
        Map<String, Object> live = new LinkedHashMap<>();
        live.put("state", t.state().label());
        String word = TranscriptDiagnoses.stateWord(t.state(), lang);
        live.put("summary", t.cause() == null ? word
                : word + ": " + t.cause().title().get(lang) + " (" + t.code() + ")");
        live.put("message", t.message().get(lang));
        live.put("transcriptUri", transcriptUri);
        return live;
    }

    /**
     * The live state of a config's tunnels, by AWS peer, from the open transcripts that share a
     * peer with it (the last one opened wins).
     */
    static Map<String, Map<String, Object>> liveFor(IxLanguageServer server, OpenDocument config) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Set<String> peers = SampleLinks.peersOf(config.model(server.service));
        for (OpenDocument d : server.openDocuments()) {
            if (d == config || !d.isTranscript()
                    || TranscriptDiagnoses.peersOf(d.transcript()).stream().noneMatch(peers::contains)) {
                continue;
            }
            for (TunnelDiagnosis t : diagnose(server, d).tunnels()) {
                if (peers.contains(t.peer())) {
                    out.put(t.peer(), live(t, d.uri, server.language()));
                }
            }
        }
        return out;
    }

    /** Run by a transcript's code lens in editors without a view of their own: the tunnels as a message. */
    static Object showStatus(IxLanguageServer server, OpenDocument doc) {
        Map<String, Object> status = status(server, doc);
        List<String> lines = new ArrayList<>();
        for (TunnelDiagnosis t : diagnose(server, doc).tunnels()) {
            lines.add(TranscriptDiagnoses.lensTitle(t, server.language()));
        }
        if (lines.isEmpty()) {
            lines.add(Messages.get(server.language(), "diagnose.report.noTunnels"));
        }
        server.showMessage(MessageType.Info, String.join(" | ", lines));
        return status;
    }

    /**
     * A document changed: the open transcripts may read against it (as their config). Which
     * documents are transcripts is told by content, so this runs off the protocol's reader thread.
     */
    static void configChanged(IxLanguageServer server, OpenDocument changed) {
        try {
            server.workspaceExecutor.execute(() -> {
                for (OpenDocument d : server.openDocuments()) {
                    if (d.key.equals(changed.key) || !d.isTranscript()) {
                        continue;
                    }
                    server.schedule(d);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down: nothing to re-check.
        }
    }

    /** The first iterator, then the second, made only when the first is used up. */
    private static <T> Iterator<T> chain(Iterator<T> first, Supplier<Iterator<T>> then) {
        return new Iterator<>() {
            private Iterator<T> second;

            @Override
            public boolean hasNext() {
                if (first.hasNext()) {
                    return true;
                }
                if (second == null) {
                    second = then.get();
                }
                return second.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return first.hasNext() ? first.next() : second.next();
            }
        };
    }
}
