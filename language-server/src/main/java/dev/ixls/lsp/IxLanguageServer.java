package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.cli.Main;
import dev.ixls.i18n.Language;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.SampleIndex;
import dev.ixls.service.SemanticTokens;
import dev.ixls.service.WorkspaceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.RenameOptions;
import org.eclipse.lsp4j.SemanticTokensLegend;
import org.eclipse.lsp4j.SemanticTokensWithRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The ixls language server: LSP4J's view of {@link IxLanguageService}. It keeps the open
 * documents, the settings and the workspace's AWS samples; the features themselves are calls into
 * the service layer. Requests run on a small executor, never on the JSON-RPC reader thread;
 * notifications only record what changed and schedule work.
 */
public final class IxLanguageServer implements LanguageServer, LanguageClientAware {

    static final String CMD_GENERATE = "ixls.generateConfig";
    static final String CMD_UPDATE = "ixls.updateFromSample";
    static final String CMD_STATUS = "ixls.tunnelStatus";
    /** Run by the code lenses; editors with a tunnel-status view bind it themselves. */
    static final String CMD_SHOW_STATUS = "ixls.showTunnelStatus";

    final IxLanguageService service = new IxLanguageService();
    final SampleIndex samples = new SampleIndex();
    final ServerLog log;
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final AtomicInteger progressTokens = new AtomicInteger();

    final ExecutorService requests;
    final ScheduledExecutorService diagnosticsExecutor;
    final ExecutorService workspaceExecutor;
    final DiagnosticsScheduler diagnostics;
    private final IxTextDocumentService textDocuments;
    private final IxWorkspaceService workspace;
    private final Runnable onExit;

    private volatile LanguageClient client;
    private volatile boolean initialized;
    private volatile boolean shutdown;
    private volatile boolean shutdownRequested;
    private volatile ClientCapabilities capabilities = new ClientCapabilities();
    private volatile List<Path> roots = List.of();
    private volatile String localeParam;
    private volatile JsonObject initOptions;
    private volatile JsonObject clientSettings;
    private volatile ServerSettings settings = ServerSettings.defaults();

    /**
     * @param log where the server's own messages go besides the client (standard error)
     * @param onExit called on the {@code exit} notification
     */
    public IxLanguageServer(java.io.PrintStream log, Runnable onExit) {
        this.log = new ServerLog(log);
        this.onExit = onExit;
        this.requests = Executors.newFixedThreadPool(2, daemon("ixls-request"));
        java.util.concurrent.ScheduledThreadPoolExecutor checks = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                daemon("ixls-diagnostics"));
        checks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        checks.setRemoveOnCancelPolicy(true);
        this.diagnosticsExecutor = checks;
        this.workspaceExecutor = Executors.newSingleThreadExecutor(daemon("ixls-workspace"));
        this.textDocuments = new IxTextDocumentService(this);
        this.workspace = new IxWorkspaceService(this);
        this.diagnostics = new DiagnosticsScheduler(diagnosticsExecutor, documents::get, textDocuments::check,
                p -> {
                    LanguageClient c = client;
                    if (c != null) {
                        c.publishDiagnostics(p);
                    }
                }, this.log);
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void connect(LanguageClient client) {
        this.client = client;
        log.connect(client);
    }

    LanguageClient client() {
        return client;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        return CompletableFuture.supplyAsync(() -> {
            if (params != null) {
                capabilities = params.getCapabilities() == null ? new ClientCapabilities() : params.getCapabilities();
                localeParam = params.getLocale();
                initOptions = asObject(params.getInitializationOptions());
                roots = rootsOf(params);
            }
            reloadSettings();
            initialized = true;
            InitializeResult result = new InitializeResult(capabilities());
            result.setServerInfo(new ServerInfo("ixls", Main.version()));
            log.info("ixls " + Main.version() + " initialized: " + roots.size() + " workspace folder(s), messages in "
                    + settings.language().name().toLowerCase(java.util.Locale.ROOT));
            return result;
        }, requests);
    }

    private static List<Path> rootsOf(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Uris.path(f.getUri()).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            @SuppressWarnings("deprecation")
            String rootUri = params.getRootUri();
            Uris.path(rootUri).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            @SuppressWarnings("deprecation")
            String rootPath = params.getRootPath();
            if (rootPath != null && !rootPath.isBlank()) {
                out.add(Path.of(rootPath).toAbsolutePath().normalize());
            }
        }
        return List.copyOf(out);
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
        c.setExecuteCommandProvider(new ExecuteCommandOptions(List.of(CMD_GENERATE, CMD_UPDATE, CMD_STATUS)));
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
        registerWatchers();
        workspaceExecutor.execute(() -> {
            loadExplicitSamples();
            scanWorkspace();
        });
    }

    private void registerWatchers() {
        var ws = capabilities.getWorkspace();
        boolean dynamic = ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        LanguageClient c = client;
        if (!dynamic || c == null) {
            return;
        }
        // Samples are told by content, so every file may be one; .ixls.json holds settings.
        DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(
                List.of(new FileSystemWatcher(Either.forLeft("**/*"))));
        c.registerCapability(new RegistrationParams(List.of(new Registration("ixls-watch",
                "workspace/didChangeWatchedFiles", options)))).exceptionally(e -> {
                    log.warn("the client did not register file watching: " + e.getClass().getSimpleName());
                    return null;
                });
    }

    /** Walks the workspace folders for AWS samples, with work-done progress when the client shows it. */
    void scanWorkspace() {
        List<Path> folders = roots;
        if (folders.isEmpty()) {
            return;
        }
        Progress progress = startProgress(settings.language() == Language.JA ? "AWS サンプルを検索中"
                : "Scanning for AWS samples");
        long started = System.nanoTime();
        int found = samples.scan(folders, Uris::of, (done, total) -> progress.report(done, total), () -> shutdown);
        progress.end(settings.language() == Language.JA ? "AWS サンプル " + found + " 件" : found + " AWS sample(s) found");
        log.info("workspace scan: " + found + " AWS sample file(s) in " + folders.size() + " folder(s), "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
        samplesChanged(null);
    }

    /** Work-done progress, or nothing when the client does not show it. */
    final class Progress {
        private final Either<String, Integer> token;

        Progress(Either<String, Integer> token) {
            this.token = token;
        }

        void report(int done, int total) {
            LanguageClient c = client;
            if (token == null || c == null) {
                return;
            }
            WorkDoneProgressReport r = new WorkDoneProgressReport();
            r.setMessage(done + "/" + total);
            r.setPercentage(total == 0 ? 100 : (int) (100L * done / total));
            c.notifyProgress(new ProgressParams(token, Either.forLeft(r)));
        }

        void end(String message) {
            LanguageClient c = client;
            if (token == null || c == null) {
                return;
            }
            WorkDoneProgressEnd e = new WorkDoneProgressEnd();
            e.setMessage(message);
            c.notifyProgress(new ProgressParams(token, Either.forLeft(e)));
        }
    }

    /** Asks the client for a progress token; called off the reader thread, so waiting here is fine. */
    Progress startProgress(String title) {
        var window = capabilities.getWindow();
        LanguageClient c = client;
        if (c == null || window == null || !Boolean.TRUE.equals(window.getWorkDoneProgress())) {
            return new Progress(null);
        }
        Either<String, Integer> token = Either.forLeft("ixls-" + progressTokens.incrementAndGet());
        try {
            c.createProgress(new WorkDoneProgressCreateParams(token)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Progress(null);
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setCancellable(false);
        begin.setPercentage(0);
        c.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        return new Progress(token);
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        shutdownRequested = true;
        stopWork();
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Stops taking work, without interrupting a thread: a thread interrupted while it writes to
     * the protocol stream may close that stream (interruptible channels do), and then not even the
     * answer to {@code shutdown} gets out. Running work sees the flag and ends at its next check.
     */
    private void stopWork() {
        shutdown = true;
        diagnostics.stop();
        requests.shutdown();
        diagnosticsExecutor.shutdown();
        workspaceExecutor.shutdown();
    }

    @Override
    public void exit() {
        stopWork();
        onExit.run();
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
        return workspace;
    }

    /** Requests before {@code initialize} get the protocol's error; the server goes on serving. */
    void checkInitialized() {
        if (!initialized) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ServerNotInitialized,
                    "ixls: the server is not initialized yet", null));
        }
    }

    /**
     * Runs a request's work on the request executor, never on the reader thread. The returned
     * future honours {@code $/cancelRequest} (the body polls the cancel checker between steps).
     */
    <T> CompletableFuture<T> request(java.util.function.Function<org.eclipse.lsp4j.jsonrpc.CancelChecker, T> body) {
        try {
            return org.eclipse.lsp4j.jsonrpc.CompletableFutures.computeAsync(requests, cancel -> {
                checkInitialized();
                return body.apply(cancel);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            CompletableFuture<T> f = new CompletableFuture<>();
            f.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    "ixls: the server is shutting down", null)));
            return f;
        }
    }

    boolean isInitialized() {
        return initialized;
    }

    ClientCapabilities clientCapabilities() {
        return capabilities;
    }

    ServerSettings settings() {
        return settings;
    }

    Language language() {
        return settings.language();
    }

    List<Path> roots() {
        return roots;
    }

    long generation() {
        return generation.get();
    }

    // --- documents ---

    OpenDocument document(String uri) {
        return uri == null ? null : documents.get(Uris.key(uri));
    }

    void put(OpenDocument doc) {
        documents.put(doc.key, doc);
    }

    OpenDocument remove(String uri) {
        return documents.remove(Uris.key(uri));
    }

    Collection<OpenDocument> openDocuments() {
        return documents.values();
    }

    /** The samples a config links to. */
    List<LinkedSample> linkedSamples(dev.ixls.model.IxConfig config) {
        return samples.linkedTo(config);
    }

    /** Maps a location from the engine (URI or path) to a URI. */
    String toUri(String location) {
        List<Path> r = roots;
        return Uris.toUri(location, r.isEmpty() ? null : r.get(0));
    }

    // --- settings ---

    void clientSettings(JsonObject ixls) {
        clientSettings = ixls;
        reloadSettings();
    }

    /** Merges .ixls.json, initializationOptions and the settings section; re-checks when something changed. */
    void reloadSettings() {
        List<ServerSettings.Source> sources = new ArrayList<>();
        List<Path> r = roots;
        if (!r.isEmpty()) {
            Path file = r.get(0).resolve(WorkspaceSettings.FILE_NAME);
            if (Files.isRegularFile(file)) {
                try {
                    JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
                    if (json.isJsonObject()) {
                        sources.add(new ServerSettings.Source(json.getAsJsonObject(), file.getParent()));
                    } else {
                        log.warn(file + ": not a JSON object; ignored");
                    }
                } catch (Exception e) {
                    log.warn(file + ": not valid JSON; ignored");
                }
            }
        }
        Path base = r.isEmpty() ? null : r.get(0);
        sources.add(new ServerSettings.Source(initOptions, base));
        sources.add(new ServerSettings.Source(clientSettings, base));
        ServerSettings before = settings;
        settings = ServerSettings.merge(localeParam, sources, log::warn);
        if (!settings.equals(before)) {
            generation.incrementAndGet();
            if (!settings.awsSamples().equals(before.awsSamples()) && initialized && !shutdown) {
                workspaceExecutor.execute(() -> {
                    loadExplicitSamples();
                    samplesChanged(null);
                });
            }
            recheckAll();
        }
    }

    private void loadExplicitSamples() {
        for (String problem : samples.setExplicit(settings.awsSamples(), Uris::of)) {
            log.warn("awsSamples: " + problem);
        }
    }

    private static JsonObject asObject(Object o) {
        if (o instanceof JsonObject j) {
            return j;
        }
        if (o instanceof JsonElement e && e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        return null;
    }

    // --- re-checking ---

    void schedule(OpenDocument doc) {
        if (!shutdown) {
            diagnostics.schedule(doc, settings.delayMs());
        }
    }

    void recheckAll() {
        for (OpenDocument d : documents.values()) {
            schedule(d);
        }
    }

    /**
     * The samples changed (a file, an open sample, a scan): the open configs linked to the changed
     * samples, before or after, are checked again. {@code changed} null means any sample.
     */
    void samplesChanged(Set<String> changed) {
        generation.incrementAndGet();
        refreshCodeLenses();
        for (OpenDocument d : documents.values()) {
            if (d.isSample()) {
                continue;
            }
            if (changed == null || d.isTranscript() || linkedTo(d, changed)) {
                schedule(d);
            }
        }
    }

    /** Code lenses show the samples' view of each tunnel: ask the client to fetch them again. */
    private void refreshCodeLenses() {
        var ws = capabilities.getWorkspace();
        LanguageClient c = client;
        if (c != null && ws != null && ws.getCodeLens() != null && Boolean.TRUE.equals(ws.getCodeLens().getRefreshSupport())
                && initialized && !shutdown) {
            c.refreshCodeLenses().exceptionally(e -> null);
        }
    }

    private boolean linkedTo(OpenDocument d, Set<String> uris) {
        OpenDocument.Analyzed a = d.analyzed();
        if (a != null && a.analysis().samples().stream().anyMatch(s -> uris.contains(s.location()))) {
            return true;
        }
        return linkedSamples(d.model(service)).stream().anyMatch(s -> uris.contains(s.location()));
    }

    void showMessage(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, message));
        }
    }

    Optional<Path> firstRoot() {
        List<Path> r = roots;
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    Function<String, String> uriMapper() {
        return this::toUri;
    }

    void setRoots(List<Path> newRoots) {
        roots = List.copyOf(newRoots);
    }
}
