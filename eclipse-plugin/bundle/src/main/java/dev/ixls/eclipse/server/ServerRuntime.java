package dev.ixls.eclipse.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the server runs from: a Java launcher, the server jar, and the file its error output (its
 * log) goes to.
 *
 * @param java      the {@code java} launcher
 * @param jar       the server jar
 * @param stderrLog file that receives the server's error output; {@code null} to discard it
 */
public record ServerRuntime(Path java, Path jar, Path stderrLog) {

    public ServerRuntime {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(jar, "jar");
    }

    /** {@code java <vmArgs> -jar <jar> lsp --stdio}. */
    public List<String> command(List<String> vmArgs) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(vmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("lsp");
        command.add("--stdio");
        return command;
    }

    /** The launcher of the Java runtime at {@code javaHome} (the {@code java.home} of a running VM). */
    public static Path javaLauncher(String javaHome) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(javaHome, "bin", windows ? "java.exe" : "java");
    }
}
