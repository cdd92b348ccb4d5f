package dev.ixls.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;

/** Runs the language server over a pair of streams (the process's stdin/stdout for {@code ixls lsp}). */
public final class LspServer {

    private LspServer() {
    }

    /**
     * Serves until the client sends {@code exit} or closes the input.
     *
     * @param err the server's log (never the protocol stream)
     * @return the process exit code: 0 after {@code shutdown} then {@code exit}, 1 otherwise
     */
    public static int serve(InputStream in, OutputStream out, PrintStream err) {
        return serve(in, out, err, false);
    }

    /**
     * As above; {@code background} also runs the server's idle-time work ({@link BackgroundWork}:
     * the warm-up, the class-data archive), as {@code ixls lsp} does.
     */
    public static int serve(InputStream in, OutputStream out, PrintStream err, boolean background) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ixls-jsonrpc-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // java.util.logging's set-up on the other core; done before the first message is read.
        CompletableFuture<Void> logging = CompletableFuture.runAsync(() -> oneLineLogging(err), io);
        CompletableFuture<Void> exited = new CompletableFuture<>();
        IxLanguageServer server = new IxLanguageServer(err, () -> exited.complete(null), background);
        // What the initialize answer does not wait for runs on the other core meanwhile: the engine
        // (catalog, rules, messages) that the first check needs, and Gson's adapters of the first
        // messages, while this thread sets up LSP4J's reflective dispatch.
        io.execute(server::prepare);
        // Our own reading side over LSP4J's dispatch: a malformed message cannot wedge the stream. Newer
        // clients' enum values LSP4J does not know are left out when read (NewerClients), after StrictJson.
        JsonRpcConnection<IxLanguageClient> connection = new JsonRpcConnection<>(server, IxLanguageClient.class, in, out,
                builder -> {
                    NewerClients.configureGson(builder);
                    builder.registerTypeAdapterFactory(new OutlineJson());
                }, server.log()::warn, server::language, gson -> io.execute(() -> {
                    gson.getAdapter(InitializeParams.class);
                    gson.getAdapter(InitializeResult.class);
                }));
        server.connect(connection.remote());
        logging.join();
        Future<Void> listening = connection.listen(io);
        CompletableFuture<Void> inputClosed = CompletableFuture.runAsync(() -> {
            try {
                listening.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // The stream ended or broke: the client is gone.
            }
        }, io);
        CompletableFuture.anyOf(exited, inputClosed).join();
        boolean clean = exited.isDone() && server.wasShutdown();
        listening.cancel(true);
        io.shutdownNow();
        return clean ? 0 : 1;
    }

    /**
     * LSP4J reports trouble through java.util.logging: keep that on the log stream, one line each,
     * without stack traces or the messages it quotes (a document, keys included).
     */
    static void oneLineLogging(PrintStream err) {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                String message = r.getMessage() == null ? "" : r.getMessage();
                // A cancel that crossed its request's answer is the protocol working (LSP: the
                // server may ignore it), not trouble: an editor cancels on every keystroke.
                if (!isLoggable(r) || message.startsWith("Unmatched cancel notification")) {
                    return;
                }
                // Never the message's contents: cut before anything that may quote a document.
                int cut = message.length();
                for (String stop : new String[] {"\n", ": {", "{", "\"", ": Content", "Message("}) {
                    int at = message.indexOf(stop);
                    cut = at >= 0 ? Math.min(cut, at) : cut;
                }
                message = message.substring(0, Math.min(cut, 120));
                if (r.getThrown() != null) {
                    message = message + " (" + r.getThrown().getClass().getSimpleName() + ")";
                }
                String logger = r.getLoggerName() == null ? "" : r.getLoggerName();
                err.println("[ixls " + r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + "] "
                        + logger.substring(logger.lastIndexOf('.') + 1) + ": " + message);
                err.flush();
            }

            @Override
            public void flush() {
                err.flush();
            }

            @Override
            public void close() {
                // The stream belongs to the caller.
            }
        });
    }
}
