package dev.ixls.lsp;

import dev.ixls.cli.ClassDataArchive;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.WarmUp;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * What the server does when it has nothing else to do, on one daemon thread of the lowest
 * priority, started after the {@code initialize} answer went out:
 * <ol>
 * <li>a warm-up: ixls's analysis and features on its bundled config ({@link WarmUp}), so that the
 * JIT has compiled them before the user's first edits. It waits while the server has real work and
 * a little after ({@link ServerExecutors#quietFor}) and checks again between steps, so a request
 * or a check never waits for more than one step of it; it ends after {@link #ROUNDS} rounds or {@link #BUDGET_MS};</li>
 * <li>the class-data archive the editor named ({@code -Dixls.cds.archive=PATH}) when it is
 * missing: made by {@link ClassDataArchive} once the server has been idle a while, for the next
 * start.</li>
 * </ol>
 * Shutdown stops both at their next check (the archive's training JVM finishes on its own).
 */
final class BackgroundWork {

    static final int ROUNDS = 40;
    static final long BUDGET_MS = 4_000;
    /** The archive is made only after the server has been idle this long. */
    private static final long IDLE_BEFORE_ARCHIVE_MS = 3_000;
    private static final long POLL_MS = 10;
    private static final long QUIET_MS = 50;

    private final IxLanguageService service;
    private final ServerExecutors executors;
    private final ServerLog log;
    private volatile boolean stopped;
    private volatile int roundsDone = -1;
    /** Steps of warm-up let through so far. */
    private final java.util.concurrent.atomic.AtomicInteger steps = new java.util.concurrent.atomic.AtomicInteger();

    BackgroundWork(IxLanguageService service, ServerExecutors executors, ServerLog log) {
        this.service = service;
        this.executors = executors;
        this.log = log;
    }

    /** Starts the thread; {@code archive} (may be null) is the archive to make when missing. */
    void start(String archive) {
        Thread t = new Thread(() -> run(archive), "ixls-background");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    void stop() {
        stopped = true;
    }

    /** Rounds of warm-up done once it has ended, -1 before (for tests). */
    int roundsDone() {
        return roundsDone;
    }

    /** Steps of warm-up let through so far (for tests). */
    int steps() {
        return steps.get();
    }

    private void run(String archive) {
        try {
            long started = System.nanoTime();
            BooleanSupplier goOn = () -> {
                boolean more = waitWhileBusy() && (System.nanoTime() - started) / 1_000_000 < BUDGET_MS;
                if (more) {
                    steps.incrementAndGet();
                }
                return more;
            };
            roundsDone = WarmUp.run(service, ROUNDS, goOn);
            log.info("warm-up: " + roundsDone + " round(s) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            if (archive != null && !archive.isBlank() && !stopped) {
                makeArchive(archive);
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Only a head start lost: the server works the same without it.
            log.warn("background work failed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Waits until the server has had no real work for {@link #QUIET_MS} (a pause in typing, not the
     * gap between two keystrokes); false once it is stopping.
     */
    private boolean waitWhileBusy() {
        while (!stopped && !executors.quietFor(QUIET_MS)) {
            try {
                Thread.sleep(POLL_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopped;
    }

    private void makeArchive(String archive) {
        Path path;
        try {
            path = Path.of(archive);
        } catch (InvalidPathException e) {
            log.warn("class-data archive: not a path; none made");
            return;
        }
        if (Files.isRegularFile(path)) {
            return;
        }
        long idleSince = System.nanoTime();
        while (!stopped && (System.nanoTime() - idleSince) / 1_000_000 < IDLE_BEFORE_ARCHIVE_MS) {
            if (executors.busy()) {
                idleSince = System.nanoTime();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (!stopped) {
            ClassDataArchive.create(path, line -> log.info(line.en())); // the server log: English
        }
    }
}
