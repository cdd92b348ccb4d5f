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

    /**
     * The server's JVM options, before the user's (which override them): a heap sized to the work,
     * the serial collector, an exit on running out of memory. The same as ./ixls and the VS Code
     * extension pass (docs/fuzzing.md).
     */
    public static final List<String> DEFAULT_VM_ARGS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    /** {@code java <our vm args> <vmArgs> -jar <jar> lsp --stdio}. */
    public List<String> command(List<String> vmArgs) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(DEFAULT_VM_ARGS);
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
