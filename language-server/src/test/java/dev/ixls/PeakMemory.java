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
 * (docs/fuzzing.md). {@code JvmOptionsTest} holds {@code ./ixls}, the VS Code extension and the
 * Eclipse plugin to {@link #CLI_OPTIONS} and {@link #SERVER_OPTIONS}.
 */
public final class PeakMemory {

    /**
     * What {@code ./ixls} runs every command with: a heap sized to the work (live data after a full
     * GC is a few MB; the largest config read, 8 MB, fits), the serial collector (one thread, the
     * smallest footprint for a small heap) and C1 only (a short run ends before C2 pays off;
     * docs/benchmarks.md). The CLI catches running out of memory per file. The launcher adds the
     * class-data sharing options ({@code ClassDataArchive.LOG_OPTIONS}).
     */
    public static final List<String> CLI_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    /**
     * What the editors start the server with: the same, and an exit on running out of memory (the
     * editor restarts a server; a half-dead one helps no one).
     */
    public static final List<String> SERVER_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    private PeakMemory() {
    }

    /** {@code -Dixls.fuzz.jvm="..."} (space-separated; "default" for the JVM's own), else {@code ours}. */
    public static List<String> jvmOptions(List<String> ours) {
        String given = System.getProperty("ixls.fuzz.jvm");
        if (given == null || given.isBlank()) {
            return ours;
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
    public static int run(String what, List<String> options, List<String> command, Path stdout)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long peak = -1;
        // VmHWM only grows: the last reading before the process ends is its peak, give or take the last 20 ms.
        while (!p.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, peakKb(p.pid()));
        }
        record(what, options, peak);
        return p.exitValue();
    }

    /** Reports a measurement on standard output and in target/fuzz-memory.txt. */
    public static void record(String what, List<String> options, long kb) {
        String line = what + ": peak RSS " + (kb < 0 ? "unknown" : kb / 1024 + " MB") + " with "
                + (options.isEmpty() ? "the JVM's default options" : String.join(" ", options));
        System.out.println("[fuzz] " + line);
        try {
            Files.writeString(Path.of("target", "fuzz-memory.txt"), line + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
