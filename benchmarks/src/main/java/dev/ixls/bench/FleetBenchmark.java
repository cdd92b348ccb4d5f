package dev.ixls.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code ixls check} over a folder of thousands of configs, as CI runs it: configs per second and
 * the ratio to merely reading the same files in a JVM started the same way ({@link ReadFiles}),
 * runs alternated so that load from elsewhere hits both alike. Also with one core
 * ({@code -XX:ActiveProcessorCount=1}) and with C2 (without {@code -XX:TieredStopAtLevel=1}), to
 * show what the parallel loop and the launcher's JIT choice give. A harness, not a test.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q -Pbench -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar dev.ixls.bench.FleetBenchmark [--configs 3000] [--runs 5]
 * </pre>
 */
public final class FleetBenchmark {

    /** What ./ixls runs every command with (its options=(...) line). */
    static final List<String> CLI_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("language-server/target/ixls.jar");
        int configs = 3000;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--configs" -> configs = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path bench = Path.of(FleetBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path work = Files.createTempDirectory("ixls-fleet-bench");
        try {
            Path folder = work.resolve("configs");
            long bytes = write(folder, configs);
            Path archive = work.resolve("ixls-fleet.jsa");
            new ProcessBuilder(java, "-jar", jar.toString(), "archive", archive.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
            List<String> options = new ArrayList<>(CLI_OPTIONS);
            if (Files.isRegularFile(archive)) {
                options.add("-XX:SharedArchiveFile=" + archive);
            }
            List<String> check = command(java, options, List.of("-jar", jar.toString(), "check", "--format", "json",
                    folder.toString()));
            List<String> oneCore = new ArrayList<>(options);
            oneCore.add("-XX:ActiveProcessorCount=1");
            List<String> checkOneCore = command(java, oneCore, List.of("-jar", jar.toString(), "check", "--format",
                    "json", folder.toString()));
            List<String> c2 = new ArrayList<>(options);
            c2.remove("-XX:TieredStopAtLevel=1");
            List<String> checkC2 = command(java, c2, List.of("-jar", jar.toString(), "check", "--format", "json",
                    folder.toString()));
            List<String> read = command(java, CLI_OPTIONS, List.of("-cp", bench.toString(), ReadFiles.class.getName(),
                    folder.toString()));
            System.out.printf(Locale.ROOT, "Fleet benchmark: %d configs, %.1f MB, %d CPUs, Java %s, %d runs%n", configs,
                    bytes / 1e6, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), runs);
            run(read); // the OS caches the files for every run alike
            List<Double> reads = new ArrayList<>();
            List<Double> checks = new ArrayList<>();
            List<Double> oneCores = new ArrayList<>();
            List<Double> c2s = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                reads.add(run(read));
                checks.add(run(check));
                oneCores.add(run(checkOneCore));
                c2s.add(run(checkC2));
                System.out.printf(Locale.ROOT, "run %d: read %.2f s, check %.2f s, check on one core %.2f s, check with C2 "
                        + "%.2f s%n", r + 1, reads.get(r), checks.get(r), oneCores.get(r), c2s.get(r));
            }
            System.out.println();
            System.out.println("| | wall time, median (range) | configs per second | ratio to reading |");
            System.out.println("|---|---:|---:|---:|");
            row("read the files (" + ReadFiles.class.getSimpleName() + ")", reads, reads, configs);
            row("`ixls check --format json` (every core, C1)", checks, reads, configs);
            row("the same on one core", oneCores, reads, configs);
            row("the same with C2", c2s, reads, configs);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<String> command(String java, List<String> options, List<String> rest) {
        List<String> c = new ArrayList<>(List.of(java));
        c.addAll(options);
        c.addAll(rest);
        return c;
    }

    /** Configs of 20 to 600 lines, a few per folder, some with mistakes (as a real fleet has). */
    private static long write(Path folder, int configs) throws IOException {
        long bytes = 0;
        for (int i = 0; i < configs; i++) {
            Path dir = folder.resolve("site" + (i / 50));
            Files.createDirectories(dir);
            int lines = 20 + (i * 37) % 580;
            String text = GeneratedConfig.ofLines(lines);
            if (i % 7 == 0) {
                text = text.replace("ike-prop\n", "ike-prop-typo\n");
            }
            byte[] b = text.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve("router" + i + ".ix"), b);
            bytes += b.length;
        }
        return bytes;
    }

    /** Wall time of one run, in seconds; the report is read and dropped. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(30, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("no end: " + command);
        }
        if (p.exitValue() > 1) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static void row(String what, List<Double> seconds, List<Double> reads, int configs) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < seconds.size(); i++) {
            ratios.add(seconds.get(i) / reads.get(i));
        }
        Collections.sort(ratios);
        System.out.printf(Locale.ROOT, "| %s | %.2f s (%.2f-%.2f) | %.0f | %.1f (%.1f-%.1f) |%n", what, median, sorted.get(0),
                sorted.get(sorted.size() - 1), configs / median, ratios.get(ratios.size() / 2), ratios.get(0),
                ratios.get(ratios.size() - 1));
    }
}
