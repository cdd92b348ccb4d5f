package dev.ixls.cli;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Checks many files on every core of one JVM, with the results in the order of the files whatever
 * order the checks end in, and memory bounded: at most a few files per thread are read or checked
 * at a time, and a large file (see {@link #LARGE_BYTES}) is checked alone, so that the heap the
 * launchers give (-Xmx384m) holds even the largest file ixls reads.
 *
 * @param <T> a file to check
 * @param <R> what its check gives
 */
final class FileChecks<T, R> {

    /** Files of this size or more take every thread's share of the heap. */
    static final long LARGE_BYTES = 512 * 1024;

    private final int threads;
    private final Function<T, R> check;
    private final ToLongFunction<T> size;

    /**
     * @param check one file's check; it catches its own failures (a failed check is a result)
     * @param size a file's size in bytes, as known before reading it
     */
    FileChecks(int threads, Function<T, R> check, ToLongFunction<T> size) {
        this.threads = Math.max(1, threads);
        this.check = check;
        this.size = size;
    }

    /** Every core the JVM may use ({@code -XX:ActiveProcessorCount} included). */
    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** Checks every file and hands each result to {@code done}, in the order of {@code files}. */
    void run(List<T> files, Consumer<R> done) throws InterruptedException {
        if (threads == 1 || files.size() < 2) {
            for (T f : files) {
                done.accept(check.apply(f));
            }
            return;
        }
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ixls-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Semaphore heap = new Semaphore(threads, true);
        Deque<Future<R>> window = new ArrayDeque<>();
        int ahead = 2 * threads;
        try {
            int next = 0;
            while (next < files.size() || !window.isEmpty()) {
                while (next < files.size() && window.size() < ahead) {
                    T file = files.get(next++);
                    int share = size.applyAsLong(file) >= LARGE_BYTES ? threads : 1;
                    window.add(pool.submit(() -> {
                        heap.acquire(share);
                        try {
                            return check.apply(file);
                        } finally {
                            heap.release(share);
                        }
                    }));
                }
                done.accept(result(window.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R result(Future<R> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            // The check catches its own failures; what escapes it is an Error: let it through.
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** A list of the results in order (for callers that want them all at once). */
    List<R> all(List<T> files) throws InterruptedException {
        List<R> out = new ArrayList<>(files.size());
        run(files, out::add);
        return out;
    }
}
