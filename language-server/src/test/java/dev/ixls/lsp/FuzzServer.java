package dev.ixls.lsp;

import dev.ixls.PeakMemory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server a fuzz session talks to: in this JVM over pipes (the default), or, with
 * {@code -Dixls.fuzz.process=true}, an {@code ixls lsp} process started with the JVM options the
 * clients pass ({@link PeakMemory#SERVER_OPTIONS}, or {@code -Dixls.fuzz.jvm="..."}), whose peak
 * resident memory is then reported (docs/fuzzing.md).
 */
final class FuzzServer implements AutoCloseable {

    final InputStream fromServer;
    final OutputStream toServer;
    private final ServerHarness harness;
    private final Process process;
    private final Path stderr;
    private final String name;

    private final List<String> options;

    private FuzzServer(String name, ServerHarness harness, Process process, Path stderr, List<String> options) {
        this.options = options;
        this.name = name;
        this.harness = harness;
        this.process = process;
        this.stderr = stderr;
        this.fromServer = harness != null ? harness.fromServer : process.getInputStream();
        this.toServer = harness != null ? harness.toServer : process.getOutputStream();
    }

    static FuzzServer start(String name, Path dir) throws IOException {
        if (!Boolean.getBoolean("ixls.fuzz.process")) {
            return new FuzzServer(name, ServerHarness.start(), null, null, List.of());
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> options = PeakMemory.jvmOptions(PeakMemory.SERVER_OPTIONS);
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.ixls.cli.Main", "lsp", "--stdio"));
        Path stderr = dir.resolve(name + "-stderr.txt");
        Process p = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        return new FuzzServer(name, null, p, stderr, options);
    }

    /** After {@code shutdown} was answered and before {@code exit}: the process's peak memory so far. */
    void recordPeak() {
        if (process != null) {
            PeakMemory.record("lsp session '" + name + "'", options, PeakMemory.peakKb(process.pid()));
        }
    }

    String log() throws IOException {
        return harness != null ? harness.log() : Files.readString(stderr, StandardCharsets.UTF_8);
    }

    int awaitExit() throws Exception {
        if (harness != null) {
            return harness.awaitExit();
        }
        if (!process.waitFor(RawClient.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the server did not exit");
        }
        return process.exitValue();
    }

    @Override
    public void close() throws IOException {
        if (harness != null) {
            harness.close();
        } else {
            process.destroyForcibly();
        }
    }
}
