package dev.ixls.lsp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Checks open documents a short while after they change and publishes the diagnostics with the
 * version they were computed for. A newer version cancels the older one's work, whether it is
 * still waiting or already running (it stops at the next rule). Closing a document clears its
 * diagnostics.
 */
final class DiagnosticsScheduler {

    /** Computes a document's diagnostics; calls the checkpoint often and lets its exception through. */
    interface Checker {
        List<Diagnostic> check(OpenDocument doc, Runnable checkpoint);
    }

    private final ScheduledExecutorService executor;
    private final Function<String, OpenDocument> documents;
    private final Checker checker;
    private final Publisher publisher;
    private final ServerLog log;
    private final Map<String, Task> pending = new ConcurrentHashMap<>();
    /** Documents scheduled since they were opened. */
    private final java.util.Set<String> checked = ConcurrentHashMap.newKeySet();
    private final Object publishLock = new Object();
    private volatile boolean stopped;

    /** Where diagnostics go (the client). */
    interface Publisher {
        void publish(PublishDiagnosticsParams params);
    }

    DiagnosticsScheduler(ScheduledExecutorService executor, Function<String, OpenDocument> documents, Checker checker,
            Publisher publisher, ServerLog log) {
        this.executor = executor;
        this.documents = documents;
        this.checker = checker;
        this.publisher = publisher;
        this.log = log;
    }

    /** No more checks: the server is shutting down. Running checks end at their next checkpoint. */
    void stop() {
        stopped = true;
        pending.values().forEach(Task::cancel);
    }

    void schedule(OpenDocument doc, long delayMs) {
        if (stopped) {
            return;
        }
        // The delay gathers keystrokes; a document just opened is checked at once.
        long delay = checked.add(doc.key) ? 0 : delayMs;
        Task task = new Task(doc.key, doc.version);
        Task old = pending.put(doc.key, task);
        if (old != null) {
            old.cancel();
        }
        try {
            task.future = delay <= 0 ? executor.submit(task) : executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // Shutting down.
        }
    }

    /** Stops any work for the document and clears what was published for it. */
    void clear(OpenDocument doc) {
        checked.remove(doc.key);
        Task old = pending.remove(doc.key);
        if (old != null) {
            old.cancel();
        }
        synchronized (publishLock) {
            publisher.publish(new PublishDiagnosticsParams(doc.uri, List.of()));
        }
    }

    private final class Task implements Runnable {
        final String key;
        final int version;
        volatile boolean cancelled;
        volatile Future<?> future;

        Task(String key, int version) {
            this.key = key;
            this.version = version;
        }

        void cancel() {
            cancelled = true;
            Future<?> f = future;
            if (f != null) {
                f.cancel(false);
            }
        }

        private boolean stale() {
            if (cancelled || stopped) {
                return true;
            }
            OpenDocument now = documents.apply(key);
            return now == null || now.version != version;
        }

        @Override
        public void run() {
            try {
                OpenDocument doc = documents.apply(key);
                if (stale() || doc == null) {
                    return;
                }
                List<Diagnostic> diagnostics = checker.check(doc, () -> {
                    if (stale()) {
                        throw new CancellationException("stale");
                    }
                });
                synchronized (publishLock) {
                    if (!stale() && documents.apply(key) == doc) {
                        publisher.publish(new PublishDiagnosticsParams(doc.uri, diagnostics, doc.version));
                    }
                }
            } catch (CancellationException e) {
                // A newer version is on its way: this one is not worth finishing.
            } catch (RuntimeException | StackOverflowError e) {
                log.error("checking a document failed: " + e.getClass().getName());
            } finally {
                pending.remove(key, this);
            }
        }
    }
}
