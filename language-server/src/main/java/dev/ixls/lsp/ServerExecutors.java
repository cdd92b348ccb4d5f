package dev.ixls.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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

    /** When the last piece of real work ended (System.nanoTime). */
    private volatile long lastWork = System.nanoTime();
    private final ThreadPoolExecutor requests = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), daemon("ixls-request")) {
        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            lastWork = System.nanoTime();
        }
    };
    private final ScheduledThreadPoolExecutor diagnostics;
    private final ThreadPoolExecutor workspace = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), daemon("ixls-workspace")) {
        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            lastWork = System.nanoTime();
        }
    };
    private final Runnable requestGuard;

    /** @param requestGuard runs before each request's body; throws to refuse it (before {@code initialize}) */
    ServerExecutors(Runnable requestGuard) {
        this.requestGuard = requestGuard;
        ScheduledThreadPoolExecutor checks = new ScheduledThreadPoolExecutor(1, daemon("ixls-diagnostics")) {
            @Override
            protected void afterExecute(Runnable r, Throwable t) {
                lastWork = System.nanoTime();
            }
        };
        checks.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        checks.setRemoveOnCancelPolicy(true);
        this.diagnostics = checks;
    }

    /**
     * Whether the server has real work running or waiting (a request, a check, even one still in
     * its delay, workspace work): background work ({@link BackgroundWork}) waits while it has.
     */
    boolean busy() {
        return hasWork();
    }

    /** Whether the server has had no real work for the last {@code ms} milliseconds. */
    boolean quietFor(long ms) {
        return !hasWork() && (System.nanoTime() - lastWork) / 1_000_000 >= ms;
    }

    private boolean hasWork() {
        return requests.getActiveCount() > 0 || !requests.getQueue().isEmpty() || diagnostics.getActiveCount() > 0
                || !diagnostics.getQueue().isEmpty() || workspace.getActiveCount() > 0 || !workspace.getQueue().isEmpty();
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
