package dev.ixls.lsp;

import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.diagnose.Cause;
import dev.ixls.analysis.diagnose.Evidence;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.analysis.diagnose.TunnelDiagnosis;
import dev.ixls.analysis.diagnose.TunnelState;
import dev.ixls.i18n.Language;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.TranscriptDiagnoses;
import dev.ixls.service.TranscriptDiagnoses.ConfigFile;
import dev.ixls.service.TranscriptSummaries;
import dev.ixls.service.TunnelSummaries;
import dev.ixls.service.TunnelSummary;
import dev.ixls.service.WorkspaceConfigs;
import dev.ixls.syntax.TextDecoder;
import dev.ixls.transcript.ShowTranscript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Transcripts of router output open in the editor: a diagnostic per tunnel that is not up, a code
 * lens per tunnel, and the live state of a config's tunnels. The config a transcript is read
 * against is its own running config, else an open config, else a config file of the workspace,
 * that shares an IKE peer with it. What is shown comes from the service layer
 * ({@link TranscriptDiagnoses}, {@link TranscriptSummaries}); this class finds the documents and
 * maps the result to the protocol.
 */
final class Transcripts {

    private final IxLanguageService service;
    private final OpenDocuments documents;
    private final Workspace workspace;
    private final SettingsLayers settings;

    Transcripts(IxLanguageService service, OpenDocuments documents, Workspace workspace, SettingsLayers settings) {
        this.service = service;
        this.documents = documents;
        this.workspace = workspace;
        this.settings = settings;
    }

    TranscriptDiagnosis diagnose(OpenDocument doc) {
        ShowTranscript t = doc.transcript();
        ConfigFile config = null;
        if (t.configs().isEmpty()) {
            List<ConfigFile> open = new ArrayList<>();
            for (OpenDocument d : documents.all()) {
                if (d != doc && !d.isSample() && !d.isTranscript()) {
                    open.add(new ConfigFile(d.uri, d.text));
                }
            }
            // Several open configs may share a peer with the transcript: the one sharing most of
            // its peers wins, then the first by URI; never the order of a hash map.
            Set<String> peers = TranscriptDiagnoses.peersOf(t);
            open.sort(java.util.Comparator.comparingLong((ConfigFile c) -> -SampleLinks.peersOf(service.model(c.text()))
                    .stream().filter(peers::contains).count()).thenComparing(ConfigFile::location));
            config = WorkspaceConfigs.configFor(service, t,
                    chain(open.iterator(), () -> WorkspaceConfigs.onDisk(workspace.roots(), Uris::of)));
        }
        return TranscriptDiagnoses.diagnose(service, doc.uri, t, config,
                peers -> TranscriptDiagnoses.samplesFor(peers, workspace.samples().all()));
    }

    /** One diagnostic per tunnel that is not up, and one per piece of text not read. */
    List<Diagnostic> diagnostics(OpenDocument doc) {
        Language lang = settings.language();
        TranscriptDiagnosis d = diagnose(doc);
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
            Diagnostic x = new Diagnostic(Lsp.range(t.anchor()), message, severity, Lsp.SOURCE, t.code().name());
            x.setCodeDescription(new DiagnosticCodeDescription(t.code().docsUrl()));
            List<DiagnosticRelatedInformation> related = new ArrayList<>();
            for (Evidence e : t.evidence()) {
                if (e.location().equals(doc.uri) && e.range().equals(t.anchor())) {
                    continue; // the line the diagnostic stands on
                }
                String note = e.note() == null ? "" : e.note().get(lang);
                related.add(new DiagnosticRelatedInformation(new Location(workspace.toUri(e.location()),
                        Lsp.range(e.range())), e.text() == null ? note : note + ": " + e.text()));
            }
            if (!related.isEmpty()) {
                x.setRelatedInformation(related);
            }
            out.add(x);
        }
        for (TranscriptDiagnosis.Note n : d.notes()) {
            Diagnostic x = new Diagnostic(Lsp.range(n.range()), n.message().get(lang), DiagnosticSeverity.Information,
                    Lsp.SOURCE, Cause.TEXT_NOT_READ.code().name());
            x.setCodeDescription(new DiagnosticCodeDescription(Cause.TEXT_NOT_READ.docsUrl()));
            out.add(x);
        }
        return out;
    }

    /** A lens per tunnel, on the line its diagnosis is reported at. */
    List<CodeLens> codeLenses(OpenDocument doc) {
        List<CodeLens> out = new ArrayList<>();
        for (TunnelSummaries.Lens lens : TranscriptSummaries.lenses(diagnose(doc), settings.language())) {
            Command command = new Command(lens.title(), IxLanguageServer.CMD_SHOW_STATUS, List.of(doc.uri));
            out.add(new CodeLens(Lsp.range(lens.range()), command, null));
        }
        return out;
    }

    /**
     * The live state of a config's tunnels, by AWS peer, from the open transcripts that share a
     * peer with it (for a peer in several, the last by URI wins: a stable choice).
     */
    Map<String, TranscriptSummaries.Live> liveFor(OpenDocument config) {
        Map<String, TranscriptSummaries.Live> out = new LinkedHashMap<>();
        Set<String> peers = SampleLinks.peersOf(config.model(service));
        List<OpenDocument> open = new ArrayList<>(documents.all());
        open.sort(java.util.Comparator.comparing((OpenDocument d) -> d.key));
        for (OpenDocument d : open) {
            if (d == config || !d.isTranscript()
                    || TranscriptDiagnoses.peersOf(d.transcript()).stream().noneMatch(peers::contains)) {
                continue;
            }
            out.putAll(TranscriptSummaries.liveByPeer(diagnose(d), peers));
        }
        return out;
    }

    /** The per-tunnel checks of the config a diagnosis was read against (open, else on disk), by AWS peer. */
    Map<String, List<TunnelSummary.Check>> configChecks(TranscriptDiagnosis d) {
        String location = d.configLocation();
        String text = null;
        if (location != null && !d.samples().isEmpty() && !location.equals(d.transcriptLocation())) {
            OpenDocument config = documents.get(location);
            text = config != null ? config.text : Uris.path(location).map(Transcripts::read).orElse(null);
        }
        return TranscriptSummaries.configChecks(service, d, text);
    }

    private static String read(Path p) {
        try {
            TextDecoder.Decoded decoded = TextDecoder.decode(Files.readAllBytes(p));
            return decoded.encoding() == TextDecoder.Encoding.BINARY ? null : decoded.text();
        } catch (IOException e) {
            return null;
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
