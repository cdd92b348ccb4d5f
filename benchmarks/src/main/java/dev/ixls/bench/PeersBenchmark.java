package dev.ixls.bench;

import com.google.gson.JsonPrimitive;
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
 * ixls beside the language servers people already like, in one run on one machine: each server is
 * started as an editor starts it, given a document of its language of the same size (5,000 lines
 * of the same VPN sites: {@link GeneratedConfig}, {@link PeerDocuments}) and 200 single-character
 * edits in the middle of it, each followed by {@code textDocument/documentSymbol} (which no server
 * debounces). Measured per server: process start to the {@code initialize} answer, process start
 * to the first diagnostics of the document, the edit-to-outline time of edits 1-40 and of the last
 * 100 (medians), and the peak resident memory ({@code VmHWM}). The servers take turns, run after
 * run, so that load from elsewhere hits each alike; the table gives the median of the runs'
 * values with their range, and ixls's ratio to each peer. A harness, not a test.
 *
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; mvn -B -q -Pbench -DskipTests package
 * (cd benchmarks/peers &amp;&amp; npm ci)
 * java -cp benchmarks/target/benchmarks.jar dev.ixls.bench.PeersBenchmark [--runs 5] [--lines 5000] [--edits 200]
 *     [--only NAME] [--trace] [--ixls-options "JVM OPTIONS"]
 * </pre>
 */
public final class PeersBenchmark {

    /** --trace: print every edit's time. */
    private static boolean trace;

    /** What the VS Code extension starts the server with (vscode-client/src/settings.ts). */
    static final List<String> IXLS_SERVER_OPTIONS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");

    private record Server(String name, List<String> command, String languageId, String extension, String text,
            int editLine, int editColumn, String initializationOptions) {
    }

    /** One run of one server. */
    private record Run(double initialize, double firstDiagnostics, double firstEdits, double lastEdits, long peakKb) {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of("language-server/target/ixls.jar");
        Path peers = Path.of("benchmarks/peers/node_modules");
        int lines = 5000;
        int edits = 200;
        int runs = 5;
        String only = null;
        List<String> extra = List.of();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only = args[++i];
                case "--ixls-options" -> extra = List.of(args[++i].trim().split("\\s+"));
                case "--trace" -> trace = true;
                case "--jar" -> jar = Path.of(args[++i]);
                case "--peers" -> peers = Path.of(args[++i]);
                case "--lines" -> lines = Integer.parseInt(args[++i]);
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(jar + " not found: build it with mvn -DskipTests package");
        }
        Path jsonServer = peers.resolve("vscode-langservers-extracted/lib/json-language-server/node/jsonServerMain.js");
        Path yamlServer = peers.resolve("yaml-language-server/bin/yaml-language-server");
        if (!Files.isRegularFile(jsonServer) || !Files.isRegularFile(yamlServer)) {
            throw new IllegalArgumentException("the peers are not installed: (cd benchmarks/peers && npm ci)");
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path work = Files.createTempDirectory("ixls-peers-bench");
        try {
            // The class-data archive as the editors have it from their second start on.
            Path archive = work.resolve("ixls-bench.jsa");
            new ProcessBuilder(java, "-jar", jar.toString(), "archive", archive.toString()).inheritIO()
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            List<String> ixls = new ArrayList<>(List.of(java));
            ixls.addAll(IXLS_SERVER_OPTIONS);
            if (Files.isRegularFile(archive)) {
                ixls.add("-XX:SharedArchiveFile=" + archive);
            }
            ixls.addAll(extra);
            ixls.addAll(List.of("-Dixls.cds.archive=" + archive, "-jar", jar.toString(), "lsp", "--stdio"));

            String ix = padded(GeneratedConfig.ofLines(lines), lines);
            String json = PeerDocuments.json(lines);
            String yaml = PeerDocuments.yaml(lines);
            List<Server> servers = List.of(
                    new Server("ixls", ixls, "nec-ix", ".ix", ix, lineOf(ix, "  description to site ", lines / 2),
                            0, "{\"locale\": \"en\", \"diagnostics\": {\"delayMs\": 200}, \"rules\": {}, \"awsSamples\": []}"),
                    new Server("vscode-json-language-server 4.10.0", List.of("node", jsonServer.toString(), "--stdio"),
                            "json", ".json", json, lineOf(json, "      \"description\": ", lines / 2), -2,
                            "{\"provideFormatter\": false}"),
                    new Server("yaml-language-server 1.25.0", List.of("node", yamlServer.toString(), "--stdio"), "yaml",
                            ".yaml", yaml, lineOf(yaml, "    description: ", lines / 2), 0, "{}"));
            System.out.printf(Locale.ROOT, "Peers benchmark: %d lines, %d edits each followed by documentSymbol, %d runs; "
                    + "%d CPUs, Java %s, node %s%n", lines, edits, runs, Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), nodeVersion());
            Map<String, List<Run>> results = new LinkedHashMap<>();
            for (int r = 0; r < runs; r++) {
                for (Server s : servers) {
                    if (only != null && !s.name.startsWith(only)) {
                        continue;
                    }
                    Run run = measure(s, work, edits);
                    results.computeIfAbsent(s.name, k -> new ArrayList<>()).add(run);
                    System.out.printf(Locale.ROOT, "run %d %-36s initialize %6.0f ms, first diagnostics %6.0f ms, "
                            + "edits 1-40 %5.1f ms, last 100 %5.1f ms, peak RSS %4d MB%n", r + 1, s.name, run.initialize,
                            run.firstDiagnostics, run.firstEdits, run.lastEdits, run.peakKb / 1024);
                }
            }
            if (results.size() == servers.size()) {
                table(results, servers.get(0).name, servers.get(1).name);
            }
        } finally {
            try (var walk = Files.walk(work)) {
                walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Run measure(Server s, Path work, int edits) throws Exception {
        String uri = work.resolve("bench" + s.extension).toUri().toString();
        String[] text = s.text.split("\n", -1);
        int column = text[s.editLine].length() + s.editColumn; // 0: at the end of the line
        long started = System.nanoTime();
        Process p = new ProcessBuilder(s.command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        double initialize;
        double firstDiagnostics = Double.NaN;
        List<Double> times = new ArrayList<>();
        long peak;
        try (JsonRpcClient c = new JsonRpcClient(p)) {
            c.request(1, "initialize", "{\"processId\": " + ProcessHandle.current().pid() + ", \"rootUri\": null,"
                    + " \"capabilities\": {\"textDocument\": {\"publishDiagnostics\": {\"relatedInformation\": true,"
                    + " \"versionSupport\": true}, \"documentSymbol\": {\"hierarchicalDocumentSymbolSupport\": true},"
                    + " \"synchronization\": {\"didSave\": true}}, \"workspace\": {}},"
                    + " \"initializationOptions\": " + s.initializationOptions + "}");
            initialize = (c.await(m -> m.isResponse(1)).receivedNanos() - started) / 1e6;
            c.notify("initialized", "{}");
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \""
                    + s.languageId + "\", \"version\": 1, \"text\": " + new JsonPrimitive(s.text) + "}}");
            JsonRpcClient.Message first = c.await(m -> m.isDiagnostics() && uri.equals(
                    m.json().getAsJsonObject("params").get("uri").getAsString()), 20_000);
            if (first != null) {
                firstDiagnostics = (first.receivedNanos() - started) / 1e6;
            }
            int version = 1;
            int id = 10;
            for (int i = 0; i < edits; i++) {
                version++;
                String change = i % 2 == 0
                        ? "{\"range\": {\"start\": {\"line\": " + s.editLine + ", \"character\": " + column + "}, \"end\":"
                                + " {\"line\": " + s.editLine + ", \"character\": " + column + "}}, \"text\": \"x\"}"
                        : "{\"range\": {\"start\": {\"line\": " + s.editLine + ", \"character\": " + column + "}, \"end\":"
                                + " {\"line\": " + s.editLine + ", \"character\": " + (column + 1) + "}}, \"text\": \"\"}";
                long sent = System.nanoTime();
                c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": " + version
                        + "}, \"contentChanges\": [" + change + "]}");
                int rid = ++id;
                c.request(rid, "textDocument/documentSymbol", "{\"textDocument\": {\"uri\": \"" + uri + "\"}}");
                JsonRpcClient.Message r = c.await(m -> m.isResponse(rid));
                if (!r.json().has("result") || r.json().get("result").isJsonNull()
                        || r.json().getAsJsonArray("result").isEmpty()) {
                    throw new IllegalStateException(s.name + " gave no outline: " + r.json());
                }
                times.add((r.receivedNanos() - sent) / 1e6);
            }
            peak = peakKb(p.pid());
            c.request(2, "shutdown", null);
            c.await(m -> m.isResponse(2));
            c.notify("exit", null);
            p.waitFor(10, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        if (trace) {
            System.out.println(s.name + " edit times (ms): " + times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t))
                    .toList());
        }
        return new Run(initialize, firstDiagnostics, median(times.subList(0, Math.min(40, times.size()))),
                median(times.subList(Math.max(0, times.size() - 100), times.size())), peak);
    }

    private static void table(Map<String, List<Run>> results, String ixls, String json) {
        List<String> names = new ArrayList<>(results.keySet());
        System.out.println();
        StringBuilder head = new StringBuilder("| |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String n : names) {
            head.append(' ').append(n).append(" |");
            rule.append("---:|");
        }
        head.append(" ixls / json |");
        rule.append("---:|");
        System.out.println(head);
        System.out.println(rule);
        row("initialize", results, names, Run::initialize, "ms", ixls, json);
        row("first diagnostics from process start", results, names, Run::firstDiagnostics, "ms", ixls, json);
        row("edits 1-40, median", results, names, Run::firstEdits, "ms", ixls, json);
        row("last 100 edits, median", results, names, Run::lastEdits, "ms", ixls, json);
        row("peak RSS", results, names, r -> r.peakKb / 1024.0, "MB", ixls, json);
    }

    private static void row(String what, Map<String, List<Run>> results, List<String> names,
            java.util.function.ToDoubleFunction<Run> value, String unit, String ixls, String json) {
        StringBuilder sb = new StringBuilder("| ").append(what).append(" |");
        for (String n : names) {
            List<Double> v = results.get(n).stream().map(value::applyAsDouble).sorted().toList();
            double m = median(v);
            sb.append(String.format(Locale.ROOT, " %s %s (%s-%s) |", fmt(m), unit, fmt(v.get(0)), fmt(v.get(v.size() - 1))));
        }
        // The ratio of the medians of ixls and the JSON server, and its range over the runs (run by run).
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < results.get(ixls).size(); i++) {
            ratios.add(value.applyAsDouble(results.get(ixls).get(i)) / value.applyAsDouble(results.get(json).get(i)));
        }
        Collections.sort(ratios);
        sb.append(String.format(Locale.ROOT, " %.2f (%.2f-%.2f) |", median(ratios), ratios.get(0),
                ratios.get(ratios.size() - 1)));
        System.out.println(sb);
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "none" : v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Peak resident memory so far (Linux: VmHWM in /proc/PID/status), in kB; -1 elsewhere. */
    static long peakKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux.
        }
        return -1;
    }

    /** Comment lines at the end until the text has exactly {@code lines} lines. */
    private static String padded(String text, int lines) {
        StringBuilder sb = new StringBuilder(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        int have = sb.toString().split("\n", -1).length;
        for (int i = have; i < lines; i++) {
            sb.append("\n!");
        }
        return sb.toString();
    }

    private static int lineOf(String text, String prefix, int from) {
        String[] lines = text.split("\n", -1);
        for (int i = from; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        throw new IllegalStateException("no line starts with " + prefix);
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return v;
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }
}
