package dev.ixls.cli;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A class-data sharing (AppCDS) archive of the classes ixls loads: the JVM maps it at start
 * instead of reading, verifying and linking those classes from the jar, which takes about a third
 * off every start. {@code ./ixls}, the VS Code extension and the Eclipse plugin each name the
 * archive of their jar and Java ({@code ixls-KEY.jsa}, the key from the jar's size and time and
 * the Java runtime) and pass it with {@link #USE_OPTIONS}; when it is missing they have it made
 * here, once: a training JVM ({@code -XX:ArchiveClassesAtExit}, JDK 13 and later, so JDK 17 as
 * well as 19+) runs {@code ixls archive --train}, a second JVM checks that the new archive maps
 * and leaves standard output clean, and only then is it moved into place, atomically. Runs that
 * start together race harmlessly: one makes the archive (a lock folder), the others run without.
 * A stale or foreign archive (another jar or JVM) is refused by the JVM itself, which then runs
 * without it; the options route what it says about that to standard error, never standard output
 * (which carries the LSP stream or a JSON report).
 */
public final class ClassDataArchive {

    /**
     * What every start passes: use an archive when it can (and run without when it cannot), and
     * put JVM warnings (a refused archive among them) on standard error, never standard output.
     * {@code JvmOptionsTest} holds the three launchers to these.
     */
    public static final List<String> LOG_OPTIONS = List.of("-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr");

    /** A lock older than this was left by a training run that died; it is taken over. */
    private static final long STALE_LOCK_MS = 10 * 60_000;
    private static final long TRAINING_MS = 180_000;

    private ClassDataArchive() {
    }

    /** The options that use an archive at {@code archive} (with {@link #LOG_OPTIONS}). */
    public static List<String> useOptions(Path archive) {
        List<String> out = new ArrayList<>(LOG_OPTIONS);
        out.add("-XX:SharedArchiveFile=" + archive);
        return out;
    }

    /**
     * Makes the archive unless it exists. Returns whether it exists afterwards; false when it
     * could not be made (not run from a jar, another process is making it, the JVM refused):
     * ixls then runs without one, as before.
     *
     * @param log one line per step worth knowing, never on standard output; in both languages: the
     *     command line shows it in the user's, the server logs the English
     */
    public static boolean create(Path archive, Consumer<LocalizedText> log) {
        if (Files.isRegularFile(archive)) {
            return true;
        }
        Path jar = ownJar();
        if (jar == null) {
            log.accept(Messages.text("cli.archive.notAJar"));
            return false;
        }
        Path dir = archive.toAbsolutePath().getParent();
        Path lock = dir.resolve(archive.getFileName() + ".lock");
        Path tmp = dir.resolve(archive.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.createDirectories(dir);
            if (!lock(lock)) {
                log.accept(Messages.text("cli.archive.busy", "path", archive));
                return false;
            }
        } catch (IOException e) {
            log.accept(Messages.text("cli.archive.cannotWrite", "path", dir, "error", e.getClass().getSimpleName()));
            return false;
        }
        try {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> training = new ArrayList<>(List.of(java, "-XX:ArchiveClassesAtExit=" + tmp));
            training.addAll(LOG_OPTIONS);
            training.addAll(List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                    jar.toString(), "archive", "--train"));
            if (run(training, null) != 0 || !Files.isRegularFile(tmp)) {
                log.accept(Messages.text("cli.archive.trainingFailed"));
                return false;
            }
            // The new archive must map, and what the JVM says about it must stay off standard output.
            List<String> check = new ArrayList<>(List.of(java, "-Xshare:on", "-XX:SharedArchiveFile=" + tmp));
            check.addAll(LOG_OPTIONS.subList(1, LOG_OPTIONS.size()));
            check.addAll(List.of("-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-jar", jar.toString(), "--version"));
            StringBuilder out = new StringBuilder();
            if (run(check, out) != 0 || !out.toString().equals("ixls " + Main.version() + System.lineSeparator())) {
                log.accept(Messages.text("cli.archive.notUsed"));
                return false;
            }
            try {
                Files.move(tmp, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
            }
            removeOthers(archive);
            log.accept(Messages.text("cli.archive.made", "path", archive));
            return true;
        } catch (IOException e) {
            log.accept(Messages.text("cli.archive.failed", "error", e.getClass().getSimpleName()));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(tmp);
                Files.deleteIfExists(lock);
            } catch (IOException e) {
                // Left behind: the next run takes a stale lock over.
            }
        }
    }

    /** Takes the lock (a folder: creating one is atomic everywhere), or a stale one over. */
    private static boolean lock(Path lock) throws IOException {
        try {
            Files.createDirectory(lock);
            return true;
        } catch (FileAlreadyExistsException e) {
            long age = System.currentTimeMillis() - Files.getLastModifiedTime(lock).toMillis();
            if (age < STALE_LOCK_MS) {
                return false;
            }
            Files.deleteIfExists(lock);
            try {
                Files.createDirectory(lock);
                return true;
            } catch (FileAlreadyExistsException again) {
                return false;
            }
        }
    }

    /** Archives of other jars or runtimes beside this one are of no more use (a rebuilt jar, a Java update). */
    private static void removeOthers(Path archive) {
        String name = archive.getFileName().toString();
        if (!name.startsWith("ixls-") || !name.endsWith(".jsa")) {
            return;
        }
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(archive.toAbsolutePath().getParent(),
                "ixls-*.jsa")) {
            for (Path p : siblings) {
                if (!p.getFileName().toString().equals(name)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // In use elsewhere (Windows) or gone already: harmless.
        }
    }

    /** Runs a JVM to its end; its standard output into {@code out} when given, else discarded. */
    private static int run(List<String> command, StringBuilder out) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(nullInput()));
        if (out == null) {
            pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process p = pb.start();
        if (out != null) {
            out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
        if (!p.waitFor(TRAINING_MS, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static java.io.File nullInput() {
        return new java.io.File(System.getProperty("os.name", "").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    /** The jar this class was loaded from, or null (classes in a folder, as in tests). */
    static Path ownJar() {
        try {
            var source = ClassDataArchive.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
