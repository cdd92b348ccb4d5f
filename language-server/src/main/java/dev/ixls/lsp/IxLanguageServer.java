package dev.ixls.lsp;

import com.google.gson.JsonObject;
import dev.ixls.cli.Main;
import dev.ixls.i18n.Messages;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.SemanticTokens;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The ixls language server: the lifecycle ({@code initialize} to {@code exit}) and the wiring of
 * its parts (see {@link ServerParts}): the document store, the workspace and its samples, the
 * settings, the checks, the threads and the client. The protocol adapters
 * ({@link IxTextDocumentService}, {@link IxWorkspaceService}, {@link Commands}) are thin calls
 * into the service layer; they report changes here ({@link ServerEvents}), and this class decides
 * what to check again.
 */
public final class IxLanguageServer implements LanguageServer, LanguageClientAware, ServerEvents {

    static final String CMD_GENERATE = "ixls.generateConfig";
    static final String CMD_UPDATE = "ixls.updateFromSample";
    static final String CMD_STATUS = "ixls.tunnelStatus";
    /** What a document is, by content: {@code {"kind": "config"|"awsSample"|"transcript"|"other"}}. */
    static final String CMD_DETECT = "ixls.detectDocumentKind";
    /** Run by the code lenses; editors with a tunnel-status view bind it themselves. */
    static final String CMD_SHOW_STATUS = "ixls.showTunnelStatus";

    private final ServerLog log;
    private final IxLanguageService service = new IxLanguageService();
    private final ClientChannel client;
    private final ServerExecutors executors;
    private final OpenDocuments documents = new OpenDocuments();
    private final Workspace workspace = new Workspace();
    private final SettingsLayers settings;
    private final DocumentChecks checks;
    private final DiagnosticsScheduler diagnostics;
    private final IxTextDocumentService textDocuments;
    private final IxWorkspaceService workspaceService;
    private final Runnable onExit;
    private final BackgroundWork background;

    private volatile boolean initialized;
    private volatile boolean shutdown;
    private volatile boolean shutdownRequested;
    /** The settings problems last shown to the user (each set is shown once). */
    private List<String> settingsProblemsTold = List.of();

    /**
     * @param log where the server's own messages go besides the client (standard error)
     * @param onExit called on the {@code exit} notification
     */
    public IxLanguageServer(java.io.PrintStream log, Runnable onExit) {
        this(log, onExit, false);
    }

    /** @param background whether to run the idle-time work after {@code initialize} ({@link BackgroundWork}) */
    public IxLanguageServer(java.io.PrintStream log, Runnable onExit, boolean background) {
        this.log = new ServerLog(log);
        this.onExit = onExit;
        this.client = new ClientChannel(this.log);
        this.executors = new ServerExecutors(this::checkInitialized);
        this.settings = new SettingsLayers(this.log);
        Transcripts transcripts = new Transcripts(service, documents, workspace, settings);
        this.checks = new DocumentChecks(service, workspace, settings, transcripts, this, this.log);
        ServerParts parts = new ServerParts(service, documents, workspace, settings, checks, transcripts, executors,
                client, this.log);
        this.diagnostics = new DiagnosticsScheduler(executors.diagnostics(), documents::byKey, checks::check,
                client::publish, this.log);
        Commands commands = new Commands(parts);
        this.textDocuments = new IxTextDocumentService(parts, this, diagnostics, commands);
        this.workspaceService = new IxWorkspaceService(parts, this, commands);
        this.background = background ? new BackgroundWork(service, executors, this.log) : null;
    }

    @Override
    public void connect(LanguageClient client) {
        // LspServer connects an IxLanguageClient (ixls/linksChanged); any other client gets LSP only.
        this.client.connect(client);
        log.connect(client);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return CompletableFuture.supplyAsync(() -> {
            if (params != null) {
                client.features(ClientFeatures.of(params.getCapabilities()));
                settings.initialize(params.getLocale(), params.getInitializationOptions());
                workspace.roots(Workspace.rootsOf(params));
            }
            reloadSettings();
            // The samples the settings name are read before the first document can arrive: a
            // config opened right after start-up is checked against them (no race with a scan).
            loadExplicitSamples();
            workspace.firstScanExpected();
            initialized = true;
            InitializeResult result = new InitializeResult(capabilities());
            result.setServerInfo(new ServerInfo("ixls", Main.version()));
            String said = "ixls " + Main.version() + " initialized: " + workspace.roots().size()
                    + " workspace folder(s), messages in " + settings.language().name().toLowerCase(java.util.Locale.ROOT);
            // Logged beside the answer, not before it.
            executors.workspace(() -> log.info(said));
            return result;
        }, executors.requests());
    }

    static ServerCapabilities capabilities() {
        ServerCapabilities c = new ServerCapabilities();
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        c.setTextDocumentSync(sync);
        c.setPositionEncoding("utf-16");
        CompletionOptions completion = new CompletionOptions(false, List.of(" ", ","));
        c.setCompletionProvider(completion);
        c.setHoverProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setDocumentHighlightProvider(true);
        c.setDefinitionProvider(true);
        c.setReferencesProvider(true);
        c.setRenameProvider(new RenameOptions(true));
        c.setDocumentFormattingProvider(true);
        c.setDocumentRangeFormattingProvider(true);
        SemanticTokensWithRegistrationOptions tokens = new SemanticTokensWithRegistrationOptions(
                new SemanticTokensLegend(SemanticTokens.TYPES, SemanticTokens.MODIFIERS), true, true);
        c.setSemanticTokensProvider(tokens);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActionKind.Source)));
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CMD_GENERATE, CMD_UPDATE, CMD_STATUS, CMD_DETECT)));
        WorkspaceServerCapabilities ws = new WorkspaceServerCapabilities();
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        ws.setWorkspaceFolders(folders);
        c.setWorkspace(ws);
        return c;
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!initialized) {
            log.warn("'initialized' before 'initialize'; ignored");
            return;
        }
        client.watchFiles();
        if (background != null) {
            // After the initialize answer went out; it yields to every request and check.
            background.start(System.getProperty("ixls.cds.archive"));
        }
        executors.workspace(() -> {
            try {
                scanWorkspace();
            } finally {
                workspace.firstScanDone();
            }
        });
    }

    /** Walks the workspace folders for AWS samples, with work-done progress when the client shows it. */
    private void scanWorkspace() {
        List<Path> folders = workspace.roots();
        if (folders.isEmpty()) {
            return;
        }
        ClientChannel.Progress progress = client.startProgress(Messages.get(settings.language(), "progress.scanning"));
        long started = System.nanoTime();
        int found = workspace.scan(progress::report, () -> shutdown);
        progress.end(Messages.get(settings.language(), "progress.found", "count", found));
        log.info("workspace scan: " + found + " AWS sample file(s) in " + folders.size() + " folder(s), "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        samplesChanged(null);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        stopWork();
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Stops taking work, without interrupting a thread (see {@link ServerExecutors#shutdown}):
     * running work sees the flag and ends at its next check.
     */
    private void stopWork() {
        shutdown = true;
        if (background != null) {
            background.stop();
        }
        diagnostics.stop();
        executors.shutdown();
    }

    @Override
    public void exit() {
        stopWork();
        onExit.run();
    }

    /** Loads what the first check needs (catalog, rules, messages); the first check would otherwise. */
    void prepare() {
        try {
            service.prepare();
            // The classes (and their patterns) every document's first check meets, set up once here:
            // what a document reads as, the lexer, the model, the rules' context.
            OpenDocument first = new OpenDocument("file:///ixls-prepare.ix", OpenDocument.CONFIG_LANGUAGE, 0,
                    "hostname ixls\n");
            first.isSample();
            first.isTranscript();
            service.analyze(first.uri, first.model(service), config -> List.of(), dev.ixls.analysis.RuleSettings.defaults(),
                    () -> { });
        } catch (RuntimeException e) {
            // The first check meets it again and reports it (IX900).
            log.warn("preparing the engine failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The server's log, for the connection's protocol problems. */
    ServerLog log() {
        return log;
    }

    /** The language of the messages the user reads, protocol errors included. */
    dev.ixls.i18n.Language language() {
        return settings.language();
    }

    /** Whether the client asked for {@code shutdown} (an {@code exit} without it is an error exit). */
    boolean wasShutdown() {
        return shutdownRequested;
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    /** Requests before {@code initialize} get the protocol's error; the server goes on serving. */
    private void checkInitialized() {
        if (!initialized) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "ixls: the server is not initialized yet", null));
        }
    }

    // --- what the adapters report (ServerEvents) ---

    @Override
    public boolean isInitialized() {
        return initialized;
    }

    /**
     * A document was opened or edited: it is checked, and so are the other open transcripts, which
     * may read against it as their config. Which documents are transcripts is told by content, so
     * they are looked for off the protocol's reader thread.
     */
    @Override
    public void documentChanged(OpenDocument doc) {
        schedule(doc);
        if (shutdown) {
            return;
        }
        try {
            executors.workspace(() -> {
                for (OpenDocument d : documents.all()) {
                    if (!d.key.equals(doc.key) && d.isTranscript()) {
                        schedule(d);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            // Shutting down: nothing to check again.
        }
    }

    /** Checks a document soon: its text, the settings, the samples or a config it reads against changed. */
    private void schedule(OpenDocument doc) {
        if (!shutdown) {
            diagnostics.schedule(doc, settings.current().delayMs());
        }
    }

    @Override
    public void clientSettingsChanged(JsonObject section) {
        executors.workspace(() -> {
            settings.clientSection(section);
            reloadSettings();
        });
    }

    @Override
    public void settingsFileChanged() {
        reloadSettings();
    }

    @Override
    public void foldersChanged(List<Path> roots) {
        workspace.roots(roots);
        executors.workspace(this::scanWorkspace);
    }

    /**
     * The samples changed (a file, an open sample, a scan): the open configs linked to the changed
     * samples, before or after, and the open transcripts are checked again. {@code changed} null
     * means any sample.
     */
    @Override
    public void samplesChanged(Set<String> changed) {
        checks.invalidate();
        // Lenses are asked for again only when one may be stale: a document checked before (a
        // lens request checks it too). Not after the first scan, which every check waits for, so
        // no refresh races with an editor closing at start-up (LSP4E then keeps the server running).
        boolean lensesStale = false;
        for (OpenDocument d : documents.all()) {
            if (d.isSample()) {
                continue;
            }
            if (changed == null || d.isTranscript() || linkedTo(d, changed)) {
                lensesStale |= d.analyzed() != null;
                schedule(d);
            }
        }
        if (lensesStale && initialized && !shutdown) {
            client.refreshCodeLenses();
        }
    }

    @Override
    public void samplesFound(Set<String> uris, OpenDocument by) {
        checks.invalidate();
        for (OpenDocument d : documents.all()) {
            if (!d.key.equals(by.key) && !d.isSample() && (d.isTranscript() || linkedTo(d, uris))) {
                schedule(d);
            }
        }
    }

    @Override
    public void linksChanged(OpenDocument config, boolean lensesStale) {
        if (initialized && !shutdown) {
            client.linksChanged(List.of(config.uri), lensesStale);
        }
    }

    private boolean linkedTo(OpenDocument d, Set<String> uris) {
        OpenDocument.Analyzed a = d.analyzed();
        if (a != null && a.analysis().samples().stream().anyMatch(s -> uris.contains(s.location()))) {
            return true;
        }
        return workspace.linkedTo(d.model(service)).stream().anyMatch(s -> uris.contains(s.location()));
    }

    /** Merges the settings layers again; re-checks when something changed. */
    private void reloadSettings() {
        Optional<ServerSettings> before = settings.reload(workspace.firstRoot());
        tellSettingsProblems();
        if (before.isEmpty()) {
            return;
        }
        checks.invalidate();
        if (!settings.current().awsSamples().equals(before.get().awsSamples()) && initialized && !shutdown) {
            executors.workspace(() -> {
                loadExplicitSamples();
                samplesChanged(null);
            });
        }
        for (OpenDocument d : documents.all()) {
            schedule(d);
        }
    }

    /**
     * What the settings hold that the server does not use, told where the user looks: once, as a
     * warning message (again only when it changes), and in the log.
     */
    private void tellSettingsProblems() {
        List<String> now = settings.problems().stream().map(p -> p.get(settings.language())).toList();
        synchronized (this) {
            if (now.equals(settingsProblemsTold)) {
                return;
            }
            settingsProblemsTold = now;
        }
        if (!now.isEmpty()) {
            now.forEach(p -> log.warn("settings: " + p));
            client.showMessage(org.eclipse.lsp4j.MessageType.Warning, String.join("\n", now));
        }
    }

    private void loadExplicitSamples() {
        for (String problem : workspace.loadExplicit(settings.current().awsSamples())) {
            log.warn("awsSamples: " + problem);
        }
    }
}
