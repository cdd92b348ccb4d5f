package dev.ixls.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of {@code ixls} as a separate process, as a shell runs it: its own working directory,
 * its own locale environment, and the raw bytes of its output (to check their encoding).
 */
record CliProcess(int exitCode, byte[] out, byte[] err) {

    /**
     * @param env variables to set (a null value removes the variable); LANG, LC_ALL and
     *            LC_MESSAGES are removed unless given, so the caller decides the locale
     */
    static CliProcess run(Path workingDir, Map<String, String> env, String... args) throws IOException,
            InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.ixls.cli.Main"));
        command.addAll(List.of(args));
        Path outFile = Files.createTempFile("ixls-out", ".bin");
        Path errFile = Files.createTempFile("ixls-err", ".bin");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().keySet().removeAll(List.of("LANG", "LC_ALL", "LC_MESSAGES", "JAVA_TOOL_OPTIONS"));
            env.forEach((k, v) -> {
                if (v == null) {
                    pb.environment().remove(k);
                } else {
                    pb.environment().put(k, v);
                }
            });
            Process p = pb.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("ixls " + String.join(" ", args) + " did not end");
            }
            return new CliProcess(p.exitValue(), Files.readAllBytes(outFile), Files.readAllBytes(errFile));
        } finally {
            Files.deleteIfExists(outFile);
            Files.deleteIfExists(errFile);
        }
    }

    String outText() {
        return new String(out, StandardCharsets.UTF_8);
    }

    String errText() {
        return new String(err, StandardCharsets.UTF_8);
    }
}
