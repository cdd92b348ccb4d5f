package dev.ixls.eclipse.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.ClientInfo;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.UnregistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import dev.ixls.eclipse.server.IxlsConnectionProvider;
import dev.ixls.eclipse.server.ServerRuntime;
import dev.ixls.eclipse.server.ServerSettings;

/**
 * The connection provider, outside Eclipse, starts the server jar that is inside the built bundle
 * and completes the LSP handshake over the provider's streams, in the order LSP4E uses them:
 * initialization options first, then start, then initialize / initialized, a document, shutdown
 * and exit.
 */
@Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ServerHandshakeIT {

    private static final long WAIT_SECONDS = 60;

    @TempDir
    Path dir;

    private IxlsConnectionProvider provider;
    private Path log;

    @AfterEach
    void stop() {
        if (provider != null) {
            provider.stop();
        }
    }

    private String serverLog() {
        try {
            return log != null && Files.exists(log) ? "\n--- server log ---\n" + Files.readString(log) : "";
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void initializeOverTheProvidersStreams() throws Exception {
        Path serverJar = dir.resolve("server/ixls.jar");
        Files.createDirectories(serverJar.getParent());
        try (JarFile bundle = BuiltBundle.open()) {
            Files.write(serverJar, BuiltBundle.read(bundle, "server/ixls.jar"));
        }
        Path project = Files.createDirectories(dir.resolve("project"));
        Path fixtures = Path.of(System.getProperty("ixls.fixtures"));
        Files.createDirectories(project.resolve("aws"));
        Files.copy(fixtures.resolve("aws/cisco-ios-bgp.txt"), project.resolve("aws/vpn-sample.txt"));
        log = dir.resolve("state/server.log");

        ServerSettings settings = new ServerSettings("ja", 0, List.of("aws/vpn-sample.txt"), List.of("-Xshare:auto"));
        ServerRuntime runtime = new ServerRuntime(ServerRuntime.javaLauncher(System.getProperty("java.home")), serverJar, log);
        provider = new IxlsConnectionProvider(settings, () -> runtime);

        Object options = provider.getInitializationOptions(project.toUri());
        provider.start();

        RecordingClient client = new RecordingClient();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, provider.getInputStream(),
                provider.getOutputStream());
        launcher.startListening();
        LanguageServer server = launcher.getRemoteProxy();

        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        params.setRootUri(project.toUri().toString());
        params.setWorkspaceFolders(List.of(new WorkspaceFolder(project.toUri().toString(), "project")));
        params.setCapabilities(new ClientCapabilities());
        params.setClientInfo(new ClientInfo("Eclipse IDE (ixls handshake test)", "0"));
        params.setInitializationOptions(options);
        InitializeResult result = await(server.initialize(params), "initialize");

        assertNotNull(result.getCapabilities(), "initialize answered without capabilities" + serverLog());
        assertNotNull(result.getCapabilities().getTextDocumentSync(), serverLog());
        assertNotNull(result.getServerInfo(), serverLog());
        assertEquals("ixls", result.getServerInfo().getName());
        assertNotNull(result.getCapabilities().getExecuteCommandProvider(), serverLog());
        assertTrue(result.getCapabilities().getExecuteCommandProvider().getCommands().contains("ixls.generateConfig"),
                "the Generate IX config command the plugin documents" + serverLog());
        server.initialized(new InitializedParams());

        // A document through the same streams: diagnostics come back at once (delay 0), in Japanese
        // (locale "ja" travels in the initialization options only, as LSP4E sends no initialize locale).
        String uri = project.resolve("router.ix").toUri().toString();
        String text = Files.readString(fixtures.resolve("rules/IX001/triggers-unknown.ix"));
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "nec-ix", 1, text)));
        PublishDiagnosticsParams published = await(client.diagnosticsFor(uri), "publishDiagnostics");
        assertTrue(!published.getDiagnostics().isEmpty(), "no diagnostics for a file with unknown commands" + serverLog());
        Diagnostic first = published.getDiagnostics().get(0);
        assertTrue(first.getMessage().getLeft().codePoints().anyMatch(c -> c > 0x3000),
                "expected a Japanese message, got: " + first.getMessage().getLeft() + serverLog());

        await(server.shutdown(), "shutdown");
        server.exit();
        Process process = provider.process();
        assertTrue(process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the server did not exit after exit" + serverLog());
        assertEquals(0, process.exitValue(), serverLog());
    }

    /** Waits for an answer, and gives up at once when the server process has ended. */
    private <T> T await(CompletableFuture<T> future, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            try {
                return future.get(200, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw new AssertionError(what + " failed: " + e.getCause() + state() + serverLog(), e);
            } catch (TimeoutException e) {
                Process process = provider.process();
                if (process == null || !process.isAlive() || System.nanoTime() > deadline) {
                    throw new AssertionError(what + " got no answer" + state() + serverLog());
                }
            }
        }
    }

    private String state() {
        Process process = provider.process();
        return process == null ? " (no server process)"
                : process.isAlive() ? " (server running)" : " (server exited with code " + process.exitValue() + ")";
    }

    /** A client that records what the server sends and answers its requests plainly. */
    static final class RecordingClient implements LanguageClient {

        private final List<PublishDiagnosticsParams> diagnostics = new ArrayList<>();
        private final List<CompletableFuture<PublishDiagnosticsParams>> waiting = new ArrayList<>();
        private final List<String> waitingUris = new ArrayList<>();

        synchronized CompletableFuture<PublishDiagnosticsParams> diagnosticsFor(String uri) {
            for (PublishDiagnosticsParams p : diagnostics) {
                if (p.getUri().equals(uri)) {
                    return CompletableFuture.completedFuture(p);
                }
            }
            CompletableFuture<PublishDiagnosticsParams> future = new CompletableFuture<>();
            waiting.add(future);
            waitingUris.add(uri);
            return future;
        }

        @Override
        public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
            diagnostics.add(params);
            for (int i = waiting.size() - 1; i >= 0; i--) {
                if (waitingUris.get(i).equals(params.getUri())) {
                    waiting.remove(i).complete(params);
                    waitingUris.remove(i);
                }
            }
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }

        @Override
        public CompletableFuture<List<Object>> configuration(ConfigurationParams configurationParams) {
            List<Object> none = new ArrayList<>();
            configurationParams.getItems().forEach(item -> none.add(null));
            return CompletableFuture.completedFuture(none);
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> registerCapability(RegistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> unregisterCapability(UnregistrationParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<List<WorkspaceFolder>> workspaceFolders() {
            return CompletableFuture.completedFuture(List.of());
        }
    }
}
