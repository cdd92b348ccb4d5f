package dev.ixls.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Where the server's work runs, never on the JSON-RPC reader thread: requests (two threads),
 * diagnostics (one thread, delayed and cancellable), and workspace work (one thread: scans, file
 * events, settings), so that notifications only record what changed and hand the work on.
 */
final class ServerExecutors {

    private final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("ixls-request"));
    private final ScheduledExecutorService diagnostics;
    private final ExecutorService workspace = Executors.newSingleThreadExecutor(daemon("ixls-workspace"));
    private final Runnable requestGuard;

    /** @param requestGuard runs before each request's body; throws to refuse it (before {@code initialize}) */
    ServerExecutors(Runnable requestGuard) {
        this.requestGuard = requestGuard;
        ScheduledThreadPoolExecutor checks = new ScheduledThreadPoolExecutor(1, daemon("ixls-diagnostics"));
        checks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        checks.setRemoveOnCancelPolicy(true);
        this.diagnostics = checks;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The request threads, for work that is itself a request ({@code initialize}). */
    ExecutorService requests() {
        return requests;
    }

    ScheduledExecutorService diagnostics() {
        return diagnostics;
    }

    /**
     * Runs a request's work on a request thread. The returned future honours
     * {@code $/cancelRequest} (the body polls the cancel checker between steps).
     */
    <T> CompletableFuture<T> request(Function<CancelChecker, T> body) {
        try {
            return CompletableFutures.computeAsync(requests, cancel -> {
                requestGuard.run();
                return body.apply(cancel);
            });
        } catch (RejectedExecutionException e) {
            CompletableFuture<T> f = new CompletableFuture<>();
            f.completeExceptionally(new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed,
                    "ixls: the server is shutting down", null)));
            return f;
        }
    }

    /** Queues workspace work (one task at a time, in order). */
    void workspace(Runnable task) {
        workspace.execute(task);
    }

    /**
     * Takes no more work, without interrupting a thread: a thread interrupted while it writes to
     * the protocol stream may close that stream (interruptible channels do). Running work ends at
     * its next check of the server's state.
     */
    void shutdown() {
        requests.shutdown();
        diagnostics.shutdown();
        workspace.shutdown();
    }
}
