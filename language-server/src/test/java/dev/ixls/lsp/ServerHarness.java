package dev.ixls.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A language server running in this JVM over a pair of pipes, as {@code ixls lsp} runs over
 * stdin/stdout. The server's log is kept for assertions.
 */
final class ServerHarness implements AutoCloseable {

    final InputStream fromServer;
    final OutputStream toServer;
    final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final ByteArrayOutputStream logBytes = new ByteArrayOutputStream();

    private ServerHarness(InputStream fromServer, OutputStream toServer) {
        this.fromServer = fromServer;
        this.toServer = toServer;
    }

    static ServerHarness start() throws IOException {
        Pipe in = Pipe.open();
        Pipe out = Pipe.open();
        ServerHarness h = new ServerHarness(Channels.newInputStream(out.source()), Channels.newOutputStream(in.sink()));
        InputStream serverIn = Channels.newInputStream(in.source());
        OutputStream serverOut = Channels.newOutputStream(out.sink());
        PrintStream log = new PrintStream(h.logBytes, true, StandardCharsets.UTF_8);
        Thread t = new Thread(() -> {
            try {
                h.exitCode.complete(LspServer.serve(serverIn, serverOut, log));
            } catch (Throwable e) {
                h.exitCode.completeExceptionally(e);
            } finally {
                try {
                    serverOut.close();
                } catch (IOException e) {
                    // already closed
                }
            }
        }, "ixls-server-under-test");
        t.setDaemon(true);
        t.start();
        return h;
    }

    String log() {
        synchronized (logBytes) {
            return logBytes.toString(StandardCharsets.UTF_8);
        }
    }

    int awaitExit() throws Exception {
        return exitCode.get(RawClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        toServer.close();
    }
}
