package dev.ixls.eclipse.e2e;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The driver's verdicts, one line each ({@code PASS<TAB>check<TAB>detail} or {@code FAIL...}),
 * written at once so that a crash or a hang still leaves what was found. {@code DONE} closes a
 * complete run; the script treats a file without it as a failure.
 */
final class Results {

    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    void check(boolean ok, String name, String detail) {
        write((ok ? "PASS" : "FAIL") + "\t" + name + "\t" + oneLine(detail));
    }

    void pass(String name, String detail) {
        check(true, name, detail);
    }

    void fail(String name, String detail) {
        check(false, name, detail);
    }

    void fail(String name, Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        fail(name, trace.toString());
    }

    void done() {
        write("DONE");
    }

    private static String oneLine(String s) {
        String flat = s == null ? "" : s.replace('\t', ' ').replace("\r", "").replace("\n", " | ");
        return flat.length() > 1500 ? flat.substring(0, 1500) + "..." : flat;
    }

    private synchronized void write(String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
