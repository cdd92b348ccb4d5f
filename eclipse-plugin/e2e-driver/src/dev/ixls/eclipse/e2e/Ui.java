package dev.ixls.eclipse.e2e;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Running code on the UI thread from the driver's thread, and waiting for things to happen. */
final class Ui {

    private Ui() {
    }

    /** Runs on the UI thread and returns the result; an exception there is thrown here. */
    static <T> T sync(Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        Display.getDefault().syncExec(() -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    interface Work {
        void run() throws Exception;
    }

    static void run(Work work) throws Exception {
        sync(() -> {
            work.run();
            return null;
        });
    }

    /** Asks {@code probe} every 250 ms until it gives a non-null answer or the time is up (then null). */
    static <T> T poll(Duration timeout, Supplier<T> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null || System.nanoTime() > deadline) {
                return value;
            }
            sleep(250);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
