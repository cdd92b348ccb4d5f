package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.service.IxLanguageService;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The server's idle-time work: the warm-up runs only while the server has nothing else to do,
 * takes up again when it is idle, and ends on shutdown; it never makes an archive without being
 * asked (no {@code ixls.cds.archive}). Nothing here is timed: steps are counted.
 */
class BackgroundWorkTest {

    private static final IxLanguageService SERVICE = new IxLanguageService();

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 6000 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void theWarmUpWaitsWhileTheServerWorksAndGoesOnWhenItIsIdle() throws Exception {
        ServerExecutors executors = new ServerExecutors(() -> { });
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        BackgroundWork work = new BackgroundWork(SERVICE, executors,
                new ServerLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        executors.workspace(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertTrue(running.await(30, TimeUnit.SECONDS));
        assertTrue(executors.busy());
        work.start(null);
        Thread.sleep(300);
        assertEquals(0, work.steps(), "no step while the server has work");
        release.countDown();
        await(() -> work.roundsDone() >= 0, "the warm-up ends");
        assertTrue(work.roundsDone() > 0 || work.steps() > 0, "it ran once the server was idle");
        assertTrue(work.roundsDone() <= BackgroundWork.ROUNDS);
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("warm-up: "), log.toString(StandardCharsets.UTF_8));
        executors.shutdown();
    }

    @Test
    void shutdownEndsIt() throws Exception {
        ServerExecutors executors = new ServerExecutors(() -> { });
        BackgroundWork work = new BackgroundWork(SERVICE, executors,
                new ServerLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
        CountDownLatch release = new CountDownLatch(1);
        executors.workspace(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        work.start(null);
        work.stop();
        release.countDown();
        await(() -> work.roundsDone() >= 0, "the warm-up ends");
        assertEquals(0, work.roundsDone());
        executors.shutdown();
    }
}
