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
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

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
        oneLineLogging(err);
        CompletableFuture<Void> exited = new CompletableFuture<>();
        IxLanguageServer server = new IxLanguageServer(err, () -> exited.complete(null));
        AtomicInteger n = new AtomicInteger();
        ExecutorService io = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "ixls-jsonrpc-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(in)
                .setOutput(out)
                .setExecutorService(io)
                .configureGson(NewerClients::configureGson)
                .wrapMessages(NewerClients::validating) // LSP4J's validation, tolerant of newer clients
                .create();
        server.connect(launcher.getRemoteProxy());
        Future<Void> listening = launcher.startListening();
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
     * LSP4J reports protocol trouble (malformed JSON, unknown methods) through java.util.logging:
     * keep that on the log stream, one line each, without stack traces that may quote the input.
     */
    static void oneLineLogging(PrintStream err) {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (!isLoggable(r)) {
                    return;
                }
                String message = r.getMessage() == null ? "" : r.getMessage();
                if (message.isEmpty() && r.getThrown() != null) {
                    message = r.getThrown().getClass().getName();
                }
                int nl = message.indexOf('\n');
                message = nl < 0 ? message : message.substring(0, nl);
                if (message.length() > 200) {
                    message = message.substring(0, 200) + "…";
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
