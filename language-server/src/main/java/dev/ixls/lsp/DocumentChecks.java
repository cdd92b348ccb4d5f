package dev.ixls.lsp;

import com.google.gson.JsonElement;
import dev.ixls.analysis.InternalFailure;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.SampleIndex;
import dev.ixls.service.SettingsCheck;
import dev.ixls.service.WorkspaceSettings;
import dev.ixls.syntax.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * Checks open documents: a config against its linked samples (the diagnostics run), a sample for
 * whether it can be read, a transcript of router output for its tunnels ({@link Transcripts}).
 * Keeps each config's last analysis for the requests that need one (code actions, lenses,
 * commands) until settings or samples change ({@link #invalidate}).
 */
final class DocumentChecks {

    private final IxLanguageService service;
    private final Workspace workspace;
    private final SettingsLayers settings;
    private final Transcripts transcripts;
    private final ServerEvents events;
    private final ServerLog log;
    /** Counts changes of settings and samples: an analysis made under an older count is stale. */
    private final AtomicLong generation = new AtomicLong();
    /** The samples each open config was last linked to (location and VPN), to tell when that changes. */
    private final java.util.Map<String, List<String>> links = new java.util.concurrent.ConcurrentHashMap<>();

    DocumentChecks(IxLanguageService service, Workspace workspace, SettingsLayers settings, Transcripts transcripts,
            ServerEvents events, ServerLog log) {
        this.service = service;
        this.workspace = workspace;
        this.settings = settings;
        this.transcripts = transcripts;
        this.events = events;
        this.log = log;
    }

    /** Settings or samples changed: every analysis made so far is stale. */
    void invalidate() {
        generation.incrementAndGet();
    }

    /**
     * Diagnostics for one version of a document; runs on the diagnostics thread. Should ixls fail
     * on the document (a bug), the editor shows that (IX900) rather than stale or no diagnostics.
     */
    List<Diagnostic> check(OpenDocument doc, Runnable checkpoint) {
        try {
            return checkContained(doc, checkpoint);
        } catch (CancellationException e) {
            throw e; // the scheduler's checkpoint: a newer version is on its way
        } catch (RuntimeException | StackOverflowError e) {
            log.error("checking a document failed: " + e.getClass().getSimpleName());
            return List.of(Lsp.diagnostic(InternalFailure.ofCheck(e), doc.uri, settings.language(),
                    workspace.uriMapper()));
        }
    }

    private List<Diagnostic> checkContained(OpenDocument doc, Runnable checkpoint) {
        Language lang = settings.language();
        if (doc.tooLarge()) {
            return List.of(Lsp.diagnostic(InputNotAConfig.tooLarge(doc.text.length() >> 20,
                    OpenDocument.MAX_CHECKED_CHARS >> 20), doc.uri, lang, workspace.uriMapper()));
        }
        if (isSettingsFile(doc)) {
            return settingsDiagnostics(doc, lang);
        }
        Optional<SampleIndex.Entry> sample = doc.sample();
        if (workspace.samples().putOpen(doc.key, sample)) {
            events.samplesChanged(Set.of(doc.key));
        }
        if (doc.isSample()) {
            return sampleDiagnostics(doc, sample, lang);
        }
        if (doc.isTranscript()) {
            return transcripts.diagnostics(doc);
        }
        prepareLinks(doc, checkpoint);
        long current = generation.get();
        IxConfig model = doc.model(service);
        checkpoint.run();
        ConfigAnalysis analysis = service.analyze(doc.uri, model, workspace::linkedTo, settings.current().rules(),
                checkpoint);
        doc.analyzed(new OpenDocument.Analyzed(current, analysis));
        recordLinks(doc, analysis);
        List<Diagnostic> out = new ArrayList<>(analysis.diagnostics().size());
        Function<String, String> toUri = workspace.uriMapper();
        for (dev.ixls.analysis.Diagnostic d : analysis.diagnostics()) {
            out.add(Lsp.diagnostic(d, doc.uri, lang, toUri));
        }
        return out;
    }

    private static boolean isSettingsFile(OpenDocument doc) {
        return Uris.path(doc.key).map(p -> p.getFileName() != null
                && p.getFileName().toString().equals(WorkspaceSettings.FILE_NAME)).orElse(false);
    }

    /** {@code .ixls.json} open in the editor: a warning on each key or rule code the server does not use. */
    private static List<Diagnostic> settingsDiagnostics(OpenDocument doc, Language lang) {
        List<Diagnostic> out = new ArrayList<>();
        JsonElement json;
        try {
            json = SettingsCheck.parse(doc.text);
        } catch (IllegalArgumentException e) {
            String[] at = e.getMessage().split(":", 3); // LINE:COLUMN: reason
            Position p = new Position(Math.max(0, Integer.parseInt(at[0]) - 1), Math.max(0, Integer.parseInt(at[1]) - 1));
            out.add(new Diagnostic(new Range(p, p), Messages.get(lang, "settings.notJson", "file",
                    WorkspaceSettings.FILE_NAME, "where", e.getMessage()), DiagnosticSeverity.Error, Lsp.SOURCE));
            return out;
        }
        if (!json.isJsonObject()) {
            return out;
        }
        SourceText source = new SourceText(doc.text);
        for (SettingsCheck.Problem p : SettingsCheck.problems(json.getAsJsonObject(), false)) {
            int at = doc.text.indexOf("\"" + p.key() + "\"");
            Position start = Lsp.position(source.positionAt(Math.max(at, 0)));
            Position end = Lsp.position(source.positionAt(at < 0 ? 0 : at + p.key().length() + 2));
            out.add(new Diagnostic(new Range(start, end), p.message().get(lang), DiagnosticSeverity.Warning, Lsp.SOURCE));
        }
        out.sort(Comparator.comparing((Diagnostic d) -> d.getRange().getStart().getLine())
                .thenComparing(d -> d.getRange().getStart().getCharacter()));
        return out;
    }

    /** An open sample's diagnostic: one at the top when it cannot be recognised or read, else none. */
    private List<Diagnostic> sampleDiagnostics(OpenDocument doc, Optional<SampleIndex.Entry> sample, Language lang) {
        dev.ixls.analysis.Diagnostic d;
        if (sample.isEmpty()) {
            d = InputNotAConfig.notASample();
        } else if (sample.get().problem() != null) {
            d = InputNotAConfig.unreadableSample(sample.get().problem());
        } else {
            return List.of();
        }
        return List.of(Lsp.diagnostic(d, doc.uri, lang, workspace.uriMapper()));
    }

    /** The current analysis of a config, reusing the diagnostics run's when nothing changed since. */
    ConfigAnalysis analysis(OpenDocument doc) {
        long current = generation.get();
        OpenDocument.Analyzed a = doc.analyzed();
        if (a != null && a.generation() == current) {
            return a.analysis();
        }
        prepareLinks(doc, () -> { });
        current = generation.get();
        ConfigAnalysis analysis = service.analyze(doc.uri, doc.model(service), workspace::linkedTo,
                settings.current().rules(), () -> { });
        doc.analyzed(new OpenDocument.Analyzed(current, analysis));
        recordLinks(doc, analysis);
        return analysis;
    }

    /**
     * Makes the samples a config may link to known before it is checked: those of the workspace
     * (the first scan), and those saved beside it, found the way {@code ixls check} finds them.
     */
    private void prepareLinks(OpenDocument doc, Runnable checkpoint) {
        workspace.awaitFirstScan(checkpoint);
        Set<String> found = workspace.indexBeside(doc.key);
        if (!found.isEmpty()) {
            events.samplesFound(found, doc);
        }
    }

    /** Tells the server when the samples linked to a config changed since its last check. */
    private void recordLinks(OpenDocument doc, ConfigAnalysis analysis) {
        List<String> now = analysis.samples().stream()
                .map(s -> s.location() + " " + s.sample().connectionId()).distinct().sorted().toList();
        List<String> before = links.put(doc.key, now);
        if (!now.equals(before == null ? List.of() : before)) {
            events.linksChanged(doc, before != null);
        }
    }

    /** The document was closed: its links are forgotten (reopened, it is told afresh). */
    void closed(OpenDocument doc) {
        links.remove(doc.key);
    }
}
