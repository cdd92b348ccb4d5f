package dev.ixls.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A short editor session against an in-process server over piped streams: initialize, open the
 * warm-up config, the requests an editor sends first, a few edits, shutdown and exit. The
 * class-data archive's training run uses it to load the classes a real session loads (LSP4J's
 * dispatch, Gson's adapters, ixls's adapters); nothing reaches the process's own streams.
 */
public final class SessionRehearsal {

    private static final long ANSWER_MS = 60_000;

    private final OutputStream toServer;
    private final FrameReader fromServer;
    /** Messages read while waiting for another (diagnostics may come before or after an answer). */
    private final java.util.List<JsonObject> unclaimed = new java.util.ArrayList<>();

    private SessionRehearsal(OutputStream toServer, FrameReader fromServer) {
        this.toServer = toServer;
        this.fromServer = fromServer;
    }

    /** Runs the session; returns the server's exit code (0 after shutdown and exit). */
    public static int run(String config) throws IOException, InterruptedException {
        PipedOutputStream clientOut = new PipedOutputStream();
        PipedInputStream serverIn = new PipedInputStream(clientOut, 1 << 16);
        PipedOutputStream serverOut = new PipedOutputStream();
        PipedInputStream clientIn = new PipedInputStream(serverOut, 1 << 20);
        PrintStream log = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> {
            int code = LspServer.serve(serverIn, serverOut, log);
            try {
                serverOut.close();
            } catch (IOException e) {
                // The session is over anyway.
            }
            return code;
        });
        SessionRehearsal s = new SessionRehearsal(clientOut, new FrameReader(clientIn));
        String uri = "file:///ixls-rehearsal/warm-up.ix";
        s.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {\"textDocument\":"
                + " {\"hover\": {\"contentFormat\": [\"markdown\"]}, \"documentSymbol\":"
                + " {\"hierarchicalDocumentSymbolSupport\": true}}}, \"initializationOptions\":"
                + " {\"diagnostics\": {\"delayMs\": 0}}}");
        s.notify("initialized", "{}");
        s.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \"nec-ix\","
                + " \"version\": 1, \"text\": " + new JsonPrimitive(config) + "}}");
        s.awaitDiagnostics(1);
        String doc = "{\"textDocument\": {\"uri\": \"" + uri + "\"}";
        int id = 10;
        s.request(++id, "textDocument/documentSymbol", doc + "}");
        s.request(++id, "textDocument/foldingRange", doc + "}");
        s.request(++id, "textDocument/semanticTokens/full", doc + "}");
        s.request(++id, "textDocument/completion", doc + ", \"position\": {\"line\": 20, \"character\": 14}}");
        s.request(++id, "textDocument/hover", doc + ", \"position\": {\"line\": 17, \"character\": 5}}");
        s.request(++id, "textDocument/codeAction", doc + ", \"range\": {\"start\": {\"line\": 0, \"character\": 0},"
                + " \"end\": {\"line\": 100, \"character\": 0}}, \"context\": {\"diagnostics\": []}}");
        s.request(++id, "textDocument/codeLens", doc + "}");
        s.request(++id, "textDocument/formatting", doc + ", \"options\": {\"tabSize\": 2, \"insertSpaces\": true}}");
        for (int version = 2; version <= 4; version++) {
            s.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": " + version
                    + "}, \"contentChanges\": [{\"range\": {\"start\": {\"line\": 8, \"character\": 2}, \"end\":"
                    + " {\"line\": 8, \"character\": 2}}, \"text\": \"x\"}]}");
            s.request(++id, "textDocument/documentSymbol", doc + "}");
            s.awaitDiagnostics(version);
        }
        s.request(2, "shutdown", null);
        s.notify("exit", null);
        try {
            return server.get(ANSWER_MS, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return 1;
        }
    }

    private void send(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        toServer.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        toServer.write(bytes);
        toServer.flush();
    }

    /** Sends a request and reads until its answer (answering the server's own requests with null). */
    private void request(int id, String method, String params) throws IOException {
        send("{\"jsonrpc\": \"2.0\", \"id\": " + id + ", \"method\": \"" + method + "\""
                + (params == null ? "" : ", \"params\": " + params) + "}");
        awaitMessage(m -> m.has("id") && !m.has("method") && m.get("id").getAsInt() == id);
    }

    private void notify(String method, String params) throws IOException {
        send("{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\"" + (params == null ? "" : ", \"params\": " + params)
                + "}");
    }

    private void awaitDiagnostics(int version) throws IOException {
        awaitMessage(m -> m.has("method") && m.get("method").getAsString().equals("textDocument/publishDiagnostics")
                && m.getAsJsonObject("params").has("version")
                && m.getAsJsonObject("params").get("version").getAsInt() == version);
    }

    private void awaitMessage(java.util.function.Predicate<JsonObject> wanted) throws IOException {
        if (unclaimed.removeIf(wanted)) {
            return;
        }
        while (true) {
            FrameReader.Frame frame = fromServer.next();
            if (frame == null) {
                throw new IOException("the rehearsal server closed its output");
            }
            JsonObject m = JsonParser.parseString(new String(frame.body(), frame.charset())).getAsJsonObject();
            if (m.has("method") && m.has("id")) {
                send("{\"jsonrpc\": \"2.0\", \"id\": " + m.get("id") + ", \"result\": null}");
                continue;
            }
            if (wanted.test(m)) {
                return;
            }
            unclaimed.add(m);
        }
    }
}
