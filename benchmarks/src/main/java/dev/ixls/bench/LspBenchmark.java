package dev.ixls.bench;

import com.google.gson.JsonPrimitive;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Drives {@code ixls lsp} over stdio, as an editor does, and measures what a user feels: the time
 * from a {@code didChange} to its {@code publishDiagnostics} (diagnostics delay 0), completion and
 * hover latency on a generated 5,000-line config, and the time from process start to the
 * {@code initialize} response, with and without an AppCDS archive. A harness, not a test: it
 * prints medians and never fails on a number.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q -Pbench -DskipTests package
 * java -cp benchmarks/target/benchmarks.jar dev.ixls.bench.LspBenchmark [--jar PATH] [--lines N] [--iterations N]
 * </pre>
 */
public final class LspBenchmark {

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("language-server/target/ixls.jar");
        int lines = 5000;
        int iterations = 200;
        int warmup = 100;
        int starts = 20;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--starts" -> starts = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with mvn -DskipTests package");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        System.out.printf(Locale.ROOT, "ixls LSP benchmark: %s, %d-line config, %d measured iterations after %d warm-up; "
                + "%d CPUs, Java %s%n", jar, lines, iterations, warmup, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));

        Path work = Files.createTempDirectory("ixls-lsp-bench");
        try {
            Path archive = work.resolve("ixls.jsa");
            // AppCDS: one training run dumps the classes it loaded; later starts map them.
            List<Double> training = startups(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar.toString(),
                    "lsp"), 1);
            List<Double> plain = new ArrayList<>();
            List<Double> cds = new ArrayList<>();
            // Alternate the two, so that load from elsewhere on the machine hits both alike.
            for (int i = 0; i < starts; i++) {
                plain.addAll(startups(List.of(java, "-jar", jar.toString(), "lsp"), 1));
                if (Files.isRegularFile(archive)) {
                    cds.addAll(startups(List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar.toString(), "lsp"),
                            1));
                }
            }
            steady(List.of(java, "-jar", jar.toString(), "lsp"), work, lines, warmup, iterations, plain, cds,
                    training);
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Process start to the initialize response, in ms, for each of {@code runs} fresh processes. */
    private static List<Double> startups(List<String> command, int runs) throws Exception {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (JsonRpcClient c = new JsonRpcClient(p)) {
                c.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}");
                JsonRpcClient.Message init = c.await(m -> m.isResponse(1));
                out.add((init.receivedNanos() - started) / 1e6);
                c.request(2, "shutdown", null);
                c.await(m -> m.isResponse(2));
                c.notify("exit", null);
                p.waitFor(30, TimeUnit.SECONDS);
            } finally {
                p.destroyForcibly();
            }
        }
        return out;
    }

    private static void steady(List<String> command, Path work, int lines, int warmup, int iterations,
            List<Double> plainStarts, List<Double> cdsStarts, List<Double> training) throws Exception {
        String config = GeneratedConfig.ofLines(lines);
        String[] text = config.split("\n", -1);
        String uri = work.resolve("bench.ix").toUri().toString();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<Double> edit = new ArrayList<>();
        List<Double> completion = new ArrayList<>();
        List<Double> hover = new ArrayList<>();
        try (JsonRpcClient c = new JsonRpcClient(p)) {
            c.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {},"
                    + " \"initializationOptions\": {\"diagnostics\": {\"delayMs\": 0}}}");
            c.await(m -> m.isResponse(1));
            c.notify("initialized", "{}");
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": " + new JsonPrimitive(config) + "}}");
            c.await(m -> m.isDiagnostics(1));
            int descriptionLine = lineOf(text, "  description to site ", lines / 2);
            int keepaliveLine = lineOf(text, "ike keepalive pol", lines / 2);
            int peerLine = lineOf(text, "ike policy pol", lines / 2);
            int col = text[descriptionLine].length();
            int version = 1;
            int id = 10;
            for (int i = 0; i < warmup + iterations; i++) {
                boolean measured = i >= warmup;
                // Typing in the middle of the file: one character more, then one less.
                version++;
                String change = i % 2 == 0
                        ? "{\"range\": {\"start\": {\"line\": " + descriptionLine + ", \"character\": " + col + "}, \"end\":"
                                + " {\"line\": " + descriptionLine + ", \"character\": " + col + "}}, \"text\": \"x\"}"
                        : "{\"range\": {\"start\": {\"line\": " + descriptionLine + ", \"character\": " + col + "}, \"end\":"
                                + " {\"line\": " + descriptionLine + ", \"character\": " + (col + 1) + "}}, \"text\": \"\"}";
                long sent = System.nanoTime();
                c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": " + version
                        + "}, \"contentChanges\": [" + change + "]}");
                int v = version;
                JsonRpcClient.Message d = c.await(m -> m.isDiagnostics(v));
                if (measured) {
                    edit.add((d.receivedNanos() - sent) / 1e6);
                }
                int cid = ++id;
                sent = System.nanoTime();
                c.request(cid, "textDocument/completion", "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\":"
                        + " {\"line\": " + keepaliveLine + ", \"character\": 14}}");
                JsonRpcClient.Message r = c.await(m -> m.isResponse(cid));
                if (measured) {
                    completion.add((r.receivedNanos() - sent) / 1e6);
                }
                if (i == warmup) {
                    int items = r.json().getAsJsonObject("result").getAsJsonArray("items").size();
                    System.out.printf(Locale.ROOT, "completion after `ike keepalive ` offers %d policies%n", items);
                }
                int hid = ++id;
                sent = System.nanoTime();
                c.request(hid, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\":"
                        + " {\"line\": " + peerLine + ", \"character\": 4}}");
                r = c.await(m -> m.isResponse(hid));
                if (measured) {
                    hover.add((r.receivedNanos() - sent) / 1e6);
                }
            }
            c.request(2, "shutdown", null);
            c.await(m -> m.isResponse(2));
            c.notify("exit", null);
            p.waitFor(30, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        System.out.println();
        System.out.println("| measure | median | p90 | aim |");
        System.out.println("|---|---:|---:|---:|");
        row("didChange -> publishDiagnostics (delay 0)", edit, "< 30 ms");
        row("completion", completion, "< 20 ms");
        row("hover", hover, "");
        row("process start -> initialize response", plainStarts, "< 1 s");
        if (!cdsStarts.isEmpty()) {
            row("  the same with an AppCDS archive", cdsStarts, "< 1 s");
        }
        if (!training.isEmpty()) {
            row("  (the archive's training run)", training, "");
        }
    }

    private static int lineOf(String[] text, String prefix, int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starts with " + prefix);
    }

    private static void row(String what, List<Double> ms, String aim) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        double p90 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.9) - 1));
        System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %s |%n", what, median, p90, aim);
    }
}
