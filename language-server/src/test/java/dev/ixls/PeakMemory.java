package dev.ixls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * The JVM options the server and the CLI run with, and the peak resident memory a process reached
 * (Linux: {@code VmHWM} in {@code /proc/PID/status}), for the fuzz suite's memory measurement
 * (docs/fuzzing.md). {@link #SERVER_OPTIONS} is what {@code ./ixls}, the VS Code extension and the
 * Eclipse plugin pass; {@code JvmOptionsTest} holds them to it.
 */
public final class PeakMemory {

    /**
     * A heap sized to the work (live data after a full GC is a few MB; a 64 MB config, the largest
     * read, fits), the serial collector (one thread, the smallest footprint for a small heap), and
     * an exit on running out of memory (an editor restarts a server; a half-dead one helps no one).
     */
    public static final List<String> SERVER_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    private PeakMemory() {
    }

    /** {@code -Dixls.fuzz.jvm="..."} (space-separated; "default" for the JVM's own), else {@link #SERVER_OPTIONS}. */
    public static List<String> jvmOptions() {
        String given = System.getProperty("ixls.fuzz.jvm");
        if (given == null || given.isBlank()) {
            return SERVER_OPTIONS;
        }
        return given.equals("default") ? List.of() : Arrays.asList(given.trim().split("\\s+"));
    }

    /** The process's peak resident set so far, in kB, or -1 where /proc is not there. */
    public static long peakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux, or the process is gone.
        }
        return -1;
    }

    /** Runs a command to its end and returns its exit code, recording its peak resident memory as {@code what}. */
    public static int run(String what, List<String> command, Path stdout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long peak = -1;
        // VmHWM only grows: the last reading before the process ends is its peak, give or take the last 20 ms.
        while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKb(p.pid()));
        }
        record(what, peak);
        return p.exitValue();
    }

    /** Reports a measurement on standard output and in target/fuzz-memory.txt. */
    public static void record(String what, long kb) {
        String line = what + ": peak RSS " + (kb < 0 ? "unknown" : kb / 1024 + " MB") + " with " + jvmOptions();
        System.out.println("[fuzz] " + line);
        try {
            Files.writeString(Path.of("target", "fuzz-memory.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
