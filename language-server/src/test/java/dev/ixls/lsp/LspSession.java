package dev.ixls.lsp;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/** An LSP4J client connected to a {@link ServerHarness}: the editor of the protocol tests. */
final class LspSession implements AutoCloseable {

    final ServerHarness harness;
    final TestClient client = new TestClient();
    final LanguageServer server;

    LspSession() throws Exception {
        harness = ServerHarness.start();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, harness.fromServer,
                harness.toServer);
        launcher.startListening();
        server = launcher.getRemoteProxy();
    }

    /** What a full-featured editor says it can do. */
    static ClientCapabilities capabilities(boolean createFiles) {
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        ws.setApplyEdit(true);
        WorkspaceEditCapabilities edit = new WorkspaceEditCapabilities();
        edit.setDocumentChanges(true);
        if (createFiles) {
            edit.setResourceOperations(List.of("create"));
        }
        ws.setWorkspaceEdit(edit);
        ws.setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
        ws.setCodeLens(new org.eclipse.lsp4j.CodeLensWorkspaceCapabilities(true));
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        TextDocumentClientCapabilities td = new TextDocumentClientCapabilities();
        CompletionCapabilities completion = new CompletionCapabilities(new CompletionItemCapabilities(true));
        td.setCompletion(completion);
        // ixls's own notification, as the VS Code extension and the Neovim e2e declare it.
        JsonObject ixls = new JsonObject();
        ixls.addProperty("linksChanged", true);
        ixls.addProperty("showsCommandErrors", true);
        JsonObject experimental = new JsonObject();
        experimental.add("ixls", ixls);
        return new ClientCapabilities(ws, td, window, experimental);
    }

    InitializeResult initialize(Path root, String locale, JsonObject options) throws Exception {
        return initialize(root, locale, options, capabilities(true));
    }

    InitializeResult initialize(Path root, String locale, JsonObject options, ClientCapabilities caps)
            throws Exception {
        InitializeParams params = new InitializeParams();
        params.setCapabilities(caps);
        params.setLocale(locale);
        params.setInitializationOptions(options);
        params.setProcessId((int) ProcessHandle.current().pid());
        if (root != null) {
            params.setWorkspaceFolders(List.of(new WorkspaceFolder(Uris.of(root), "ws")));
        }
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(RawClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    void open(String uri, String languageId, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId,
                version, text)));
    }

    void change(String uri, int version, Range range, String text) {
        TextDocumentContentChangeEvent change = range == null ? new TextDocumentContentChangeEvent(text)
                : new TextDocumentContentChangeEvent(range, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(change)));
    }

    void close(String uri) {
        server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
    }

    static Range range(int l1, int c1, int l2, int c2) {
        return new Range(new Position(l1, c1), new Position(l2, c2));
    }

    int shutdownAndExit() throws Exception {
        try {
            get(server.shutdown());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no answer to shutdown; server log:\n" + harness.log(), e);
        }
        server.exit();
        return harness.awaitExit();
    }

    @Override
    public void close() throws Exception {
        harness.close();
    }
}
