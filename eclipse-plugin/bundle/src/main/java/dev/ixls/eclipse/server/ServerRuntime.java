package dev.ixls.eclipse.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the server runs from: a Java launcher, the server jar, the file its error output (its
 * log) goes to, and its class-data archive.
 *
 * @param java      the {@code java} launcher
 * @param jar       the server jar
 * @param stderrLog file that receives the server's error output; {@code null} to discard it
 * @param archive   the class-data archive of this jar and Java (used when it exists, made by the
 *                  server when it does not); {@code null} for none
 */
public record ServerRuntime(Path java, Path jar, Path stderrLog, Path archive) {

    public ServerRuntime {
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(jar, "jar");
    }

    public ServerRuntime(Path java, Path jar, Path stderrLog) {
        this(java, jar, stderrLog, null);
    }

    /**
     * The server's JVM options, before the user's (which override them): a heap sized to the work,
     * the serial collector, an exit on running out of memory. The same as ./ixls and the VS Code
     * extension pass (docs/fuzzing.md).
     */
    public static final List<String> DEFAULT_VM_ARGS = List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * Class-data sharing when the JVM can use the archive (it runs without it when it cannot), and
     * JVM warnings on the log, never on standard output, which carries the LSP stream. The same as
     * ./ixls and the VS Code extension pass.
     */
    public static final List<String> CDS_VM_ARGS = List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");

    /** {@code java <our vm args> <archive> <vmArgs> -jar <jar> lsp --stdio}: the user's arguments override ours. */
    public List<String> command(List<String> vmArgs) {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(DEFAULT_VM_ARGS);
        command.addAll(CDS_VM_ARGS);
        if (archive != null) {
            if (Files.isRegularFile(archive)) {
                command.add("-XX:SharedArchiveFile=" + archive);
            }
            command.add("-Dixls.cds.archive=" + archive);
        }
        command.addAll(vmArgs);
        command.add("-jar");
        command.add(jar.toString());
        command.add("lsp");
        command.add("--stdio");
        return command;
    }

    /**
     * The class-data archive for {@code jar} run by this JVM (the server runs on Eclipse's own Java),
     * in {@code dir}: {@code ixls-KEY.jsa}, KEY from the jar's size and time and the runtime's
     * launcher and version, so another jar or Java never meets a stale archive of its own.
     */
    public static Path archiveFor(Path dir, Path jar, Path java) throws IOException {
        String id = Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|" + java + "|"
                + System.getProperty("java.version");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                key.append(String.format(Locale.ROOT, "%02x", hash[i]));
            }
            return dir.resolve("ixls-" + key + ".jsa");
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
    }

    /** The launcher of the Java runtime at {@code javaHome} (the {@code java.home} of a running VM). */
    public static Path javaLauncher(String javaHome) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        return Path.of(javaHome, "bin", windows ? "java.exe" : "java");
    }
}
