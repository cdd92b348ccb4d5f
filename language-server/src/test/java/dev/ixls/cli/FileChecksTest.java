package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The parallel file loop of {@code ixls check}: results in the files' order, large files alone, failures through. */
class FileChecksTest {

    private static void work(Random random) {
        // Some work of varying length, so that checks end out of order.
        long x = 0;
        for (int i = random.nextInt(200_000); i > 0; i--) {
            x += i ^ (x << 1);
        }
        if (x == 42) {
            System.out.print("");
        }
    }

    @Test
    void resultsComeInTheFilesOrderWhateverOrderTheChecksEndIn() throws Exception {
        List<Integer> files = IntStream.range(0, 500).boxed().toList();
        Random random = new Random(15);
        List<Integer> seeds = files.stream().map(f -> random.nextInt()).toList();
        FileChecks<Integer, String> checks = new FileChecks<>(4, f -> {
            work(new Random(seeds.get(f)));
            return "file" + f;
        }, f -> 100);
        List<String> out = checks.all(files);
        assertEquals(files.stream().map(f -> "file" + f).toList(), out);
        // One thread gives the same.
        assertEquals(out, new FileChecks<Integer, String>(1, f -> "file" + f, f -> 100).all(files));
    }

    @Test
    void aLargeFileIsCheckedAlone() throws Exception {
        AtomicInteger running = new AtomicInteger();
        List<String> overlaps = new ArrayList<>();
        List<Integer> files = IntStream.range(0, 200).boxed().toList();
        FileChecks<Integer, Integer> checks = new FileChecks<>(4, f -> {
            int now = running.incrementAndGet();
            try {
                work(new Random(f));
                if (f % 50 == 7 && now != 1) {
                    synchronized (overlaps) {
                        overlaps.add("file " + f + " ran beside " + (now - 1) + " others");
                    }
                }
                return f;
            } finally {
                running.decrementAndGet();
            }
        }, f -> f % 50 == 7 ? FileChecks.LARGE_BYTES : 10);
        assertEquals(files, checks.all(files));
        assertTrue(overlaps.isEmpty(), overlaps.toString());
    }

    @Test
    void anErrorThatEscapesACheckIsNotSwallowed() {
        OutOfMemoryError oom = new OutOfMemoryError("test");
        FileChecks<Integer, Integer> checks = new FileChecks<>(3, f -> {
            if (f == 17) {
                throw oom;
            }
            return f;
        }, f -> 1);
        assertSame(oom, assertThrows(OutOfMemoryError.class,
                () -> checks.all(IntStream.range(0, 40).boxed().toList())));
    }
}
