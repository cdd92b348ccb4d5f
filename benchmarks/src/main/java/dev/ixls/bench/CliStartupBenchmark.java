package dev.ixls.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a CI job pays per run of the command line: the wall time of {@code ./ixls check} on one
 * small config (and of {@code ./ixls convert} on the seed article's sample) beside
 * {@code java -version} on the same machine, in the same run, commands alternated so that load
 * from elsewhere hits each alike. The ratio is what counts, not the milliseconds. {@code ./ixls}
 * is run as users run it (the script, with its class-data archive made beforehand); the bare
 * {@code java} lines show what the script itself adds and what the archive and the JIT choice give.
 * A harness, not a test.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q -Pbench -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar dev.ixls.bench.CliStartupBenchmark [--runs 40]
 * </pre>
 */
public final class CliStartupBenchmark {

    public static void main(String[] args) throws Exception {
        int runs = 40;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path jar = Path.of("language-server/target/ixls.jar");
        String config = "test-fixtures/ix/seed-article.ix";
        String sample = "test-fixtures/aws/seed-article-cisco-flattened.txt";
        if (!Files.isRegularFile(jar) || !Files.isRegularFile(Path.of("ixls"))) {
            throw new IllegalArgumentException("run from the repository root after mvn -DskipTests package");
        }
        // ./ixls makes its archive on first use: once here, before anything is measured.
        run(List.of("./ixls", "--version"));
        Path archive;
        try (var found = Files.list(jar.getParent())) {
            archive = found.filter(p -> p.getFileName().toString().matches("ixls-.*\\.jsa")).findFirst().orElse(null);
        }
        List<String> memory = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC");
        List<String> logs = List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        commands.put("java -version", List.of("java", "-version"));
        commands.put("./ixls check (one 48-line config)", List.of("./ixls", "check", config));
        commands.put("./ixls convert (the seed article's sample)", List.of("./ixls", "convert", sample, "--advertise",
                "192.168.1.0/24"));
        commands.put("java ... check: as ./ixls runs it, without the script", javaCommand(memory, List.of(
                "-XX:TieredStopAtLevel=1"), logs, archive, jar, "check", config));
        commands.put("java ... check: without the archive", javaCommand(memory, List.of("-XX:TieredStopAtLevel=1"), logs,
                null, jar, "check", config));
        commands.put("java ... check: with the archive, C1 and C2", javaCommand(memory, List.of(), logs, archive, jar,
                "check", config));
        commands.put("java -jar ixls.jar check (the JVM's defaults)", List.of("java", "-jar", jar.toString(), "check",
                config));
        System.out.printf(Locale.ROOT, "CLI start-up benchmark: %d runs of each, alternated; %d CPUs, Java %s, archive %s%n",
                runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), archive);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (String name : commands.keySet()) {
            times.put(name, new ArrayList<>());
        }
        for (int r = 0; r < runs + 2; r++) {
            for (Map.Entry<String, List<String>> c : commands.entrySet()) {
                double ms = run(c.getValue());
                if (r >= 2) { // two rounds to fill the OS caches
                    times.get(c.getKey()).add(ms);
                }
            }
        }
        List<Double> base = times.get("java -version");
        System.out.println();
        System.out.println("| command | wall time, median (p10-p90) | ratio to java -version, median (p10-p90) |");
        System.out.println("|---|---:|---:|");
        for (Map.Entry<String, List<Double>> e : times.entrySet()) {
            List<Double> ratios = new ArrayList<>();
            for (int i = 0; i < e.getValue().size(); i++) {
                ratios.add(e.getValue().get(i) / base.get(i));
            }
            System.out.printf(Locale.ROOT, "| %s | %.0f ms (%.0f-%.0f) | %.1f (%.1f-%.1f) |%n", e.getKey(),
                    pct(e.getValue(), 50), pct(e.getValue(), 10), pct(e.getValue(), 90), pct(ratios, 50),
                    pct(ratios, 10), pct(ratios, 90));
        }
    }

    private static List<String> javaCommand(List<String> memory, List<String> jit, List<String> logs, Path archive,
            Path jar, String... args) {
        List<String> c = new ArrayList<>(List.of("java"));
        c.addAll(memory);
        c.addAll(jit);
        c.addAll(logs);
        if (archive != null) {
            c.add("-XX:SharedArchiveFile=" + archive);
        }
        c.addAll(List.of("-jar", jar.toString()));
        c.addAll(List.of(args));
        return c;
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round((sorted.size() - 1) * p / 100.0)));
    }

    /** Wall time of one run to its end, output discarded, in ms. */
    private static double run(List<String> command) throws IOException, InterruptedException {
        long started = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("no end: " + command);
        }
        if (p.exitValue() > 1) {
            throw new IllegalStateException("exit " + p.exitValue() + ": " + command);
        }
        return (System.nanoTime() - started) / 1e6;
    }
}
