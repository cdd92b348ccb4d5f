package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DiagnosticsSchedulerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final Map<String, OpenDocument> docs = new ConcurrentHashMap<>();
    private final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
    private final List<Integer> finished = new CopyOnWriteArrayList<>();
    private final ServerLog log = new ServerLog(new PrintStream(new ByteArrayOutputStream()));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static Diagnostic marker(int version) {
        Diagnostic d = new Diagnostic();
        d.setMessage("v" + version);
        return d;
    }

    private OpenDocument doc(int version) {
        OpenDocument d = new OpenDocument("file:///a.ix", "nec-ix", version, "hostname v" + version);
        docs.put(d.key, d);
        return d;
    }

    @Test
    void aNewerVersionCancelsTheRunningCheckOfAnOlderOne() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        DiagnosticsScheduler scheduler = new DiagnosticsScheduler(executor, docs::get, (doc, checkpoint) -> {
            if (doc.version == 1) {
                firstStarted.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            checkpoint.run(); // the next rule would start here
            finished.add(doc.version);
            return List.of(marker(doc.version));
        }, published::add, log);

        scheduler.schedule(doc(1), 0);
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        scheduler.schedule(doc(2), 0);
        release.countDown();
        TestClient.await("version 2 published", () -> !published.isEmpty());
        executor.shutdown();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of(2), finished, "version 1 stopped at its checkpoint");
        assertEquals(1, published.size());
        assertEquals(2, published.get(0).getVersion());
        assertEquals("v2", published.get(0).getDiagnostics().get(0).getMessage().getLeft());
    }

    @Test
    void aWaitingCheckIsDroppedAndAClosedDocumentIsCleared() throws Exception {
        DiagnosticsScheduler scheduler = new DiagnosticsScheduler(executor, docs::get, (doc, checkpoint) -> {
            finished.add(doc.version);
            return List.of(marker(doc.version));
        }, published::add, log);
        scheduler.schedule(doc(1), 0); // opened: checked at once
        TestClient.await("version 1 published", () -> !published.isEmpty());
        scheduler.schedule(doc(2), 200);
        scheduler.schedule(doc(3), 200);
        scheduler.schedule(doc(4), 0);
        TestClient.await("version 4 published", () -> published.size() == 2);
        OpenDocument closing = doc(5);
        scheduler.schedule(closing, 300);
        docs.remove(closing.key);
        scheduler.clear(closing);
        // Delayed tasks still run after shutdown() unless they were cancelled: wait for all of them.
        executor.shutdown();
        assertTrue(executor.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(List.of(1, 4), finished);
        assertEquals(3, published.size());
        assertEquals(4, published.get(1).getVersion());
        assertTrue(published.get(2).getDiagnostics().isEmpty());
        assertEquals(null, published.get(2).getVersion());
    }

    @Test
    void aDocumentJustOpenedIsCheckedWithoutTheTypingDelay() throws Exception {
        DiagnosticsScheduler scheduler = new DiagnosticsScheduler(executor, docs::get, (doc, checkpoint) -> {
            finished.add(doc.version);
            return List.of(marker(doc.version));
        }, published::add, log);
        // The delay gathers keystrokes; the first check of a document it would only hold up.
        scheduler.schedule(doc(1), 60_000);
        TestClient.await("version 1 published", () -> !published.isEmpty());
        scheduler.schedule(doc(2), 60_000);
        OpenDocument closed = doc(3);
        scheduler.clear(closed);
        // Opened again: at once again.
        scheduler.schedule(doc(4), 60_000);
        TestClient.await("version 4 published", () -> published.stream().anyMatch(p -> Integer.valueOf(4).equals(
                p.getVersion())));
        assertEquals(List.of(1, 4), finished, "version 2 waits for its delay");
    }
}
