package dev.ixls.eclipse.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.lsp4e.server.StreamConnectionProvider;
import org.eclipse.osgi.util.NLS;

import dev.ixls.eclipse.Messages;

/**
 * Starts the ixls language server for LSP4E: {@code java <vm args> -jar server/ixls.jar lsp --stdio}
 * with the Java runtime Eclipse itself runs on, and the server jar inside this bundle. LSP4E talks
 * to it over the process's standard input and output; its error output goes to a log file (see
 * {@link ServerRuntime#stderrLog()}), so {@link #getErrorStream()} is {@code null}.
 *
 * <p>LSP4E creates one provider per server it starts (named in plugin.xml, built with the
 * no-argument constructor), asks it for {@link #getInitializationOptions(URI)}, then calls
 * {@link #start()}. As an {@link IAdaptable} it hands out the server's {@link ProcessHandle}, which
 * LSP4E shows in its Language Servers view.
 */
public final class IxlsConnectionProvider implements StreamConnectionProvider, IAdaptable {

    /** A log larger than this is moved aside (to {@code .1}) when a server starts. */
    static final long LOG_ROTATE_BYTES = 2L * 1024 * 1024;
    private static final int LOG_TAIL_BYTES = 4096;

    private final ServerSettings settings;
    private final RuntimeLocator locator;

    private final Object lock = new Object();
    private Process process;
    private ServerRuntime runtime;
    private long startedAt;
    /** An exit this soon after the start may be the class-data archive's fault. */
    static final long ARCHIVE_SUSPECT_MS = 5_000;

    /** Used by LSP4E: settings from the preferences, runtime from the running Eclipse. */
    public IxlsConnectionProvider() {
        this(EclipseEnvironment.readSettings(), EclipseEnvironment.INSTANCE);
    }

    public IxlsConnectionProvider(ServerSettings settings, RuntimeLocator locator) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.locator = Objects.requireNonNull(locator, "locator");
    }

    public ServerSettings settings() {
        return settings;
    }

    @Override
    public void start() throws IOException {
        try {
            startProcess();
        } catch (IOException e) {
            locator.serverFailedToStart(e.getMessage());
            throw e;
        }
    }

    private void startProcess() throws IOException {
        synchronized (lock) {
            if (process != null && process.isAlive()) {
                return;
            }
            ServerRuntime located = locator.locate();
            if (!Files.isRegularFile(located.java())) {
                throw new IOException(NLS.bind(Messages.Server_javaMissing, located.java()));
            }
            if (!Files.isRegularFile(located.jar())) {
                throw new IOException(NLS.bind(Messages.Server_jarMissing, located.jar()));
            }
            ProcessBuilder builder = new ProcessBuilder(located.command(settings.vmArgs()));
            if (located.stderrLog() != null) {
                prepareLog(located.stderrLog());
                builder.redirectError(ProcessBuilder.Redirect.appendTo(located.stderrLog().toFile()));
            } else {
                builder.redirectError(ProcessBuilder.Redirect.DISCARD);
            }
            Process started = builder.start();
            if (!started.isAlive()) {
                int code = started.exitValue();
                throw new IOException(NLS.bind(Messages.Server_exitedAtOnce, code) + tailSuffix(located.stderrLog()));
            }
            process = started;
            runtime = located;
            startedAt = System.nanoTime();
            started.onExit().thenAccept(this::exited);
        }
    }

    /** Reports an exit nobody asked for: that of the current process (stop() forgets the process first). */
    private void exited(Process ended) {
        ServerRuntime ran;
        long lived;
        synchronized (lock) {
            if (process != ended) {
                return;
            }
            ran = runtime;
            lived = (System.nanoTime() - startedAt) / 1_000_000;
        }
        if (ran.archive() != null && lived < ARCHIVE_SUSPECT_MS) {
            // A server that died at once with an archive: the next start goes without it (the
            // server makes a new one once it runs).
            try {
                Files.deleteIfExists(ran.archive());
            } catch (IOException e) {
                // In use or gone: the JVM falls back on its own when it cannot map it.
            }
        }
        locator.serverExitedUnexpectedly(ended.exitValue(), tail(ran.stderrLog()));
    }

    @Override
    public InputStream getInputStream() {
        Process p = current();
        return p == null ? null : p.getInputStream();
    }

    @Override
    public OutputStream getOutputStream() {
        Process p = current();
        return p == null ? null : p.getOutputStream();
    }

    /** Always {@code null}: the error output goes to the log file. */
    @Override
    public InputStream getErrorStream() {
        return null;
    }

    @Override
    public Object getInitializationOptions(URI rootUri) {
        return settings.initializationOptions(rootUri);
    }

    /**
     * Ends the server: closing its input lets it exit on its own (LSP4E has normally sent
     * {@code shutdown} and {@code exit} already); it is destroyed when it does not within two seconds.
     */
    @Override
    public void stop() {
        Process p;
        synchronized (lock) {
            p = process;
            process = null;
        }
        if (p == null) {
            return;
        }
        try {
            p.getOutputStream().close();
        } catch (IOException e) {
            // Already closed: the process is going away.
        }
        try {
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The running server process, for tests and diagnostics; {@code null} when none. */
    public Process process() {
        return current();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        Process p = current();
        return adapter == ProcessHandle.class && p != null ? adapter.cast(p.toHandle()) : null;
    }

    private Process current() {
        synchronized (lock) {
            return process;
        }
    }

    private static void prepareLog(Path log) throws IOException {
        Path parent = log.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (Files.isRegularFile(log) && Files.size(log) > LOG_ROTATE_BYTES) {
            Path old = log.resolveSibling(log.getFileName() + ".1");
            Files.move(log, old, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String tailSuffix(Path log) {
        String tail = tail(log);
        return tail.isEmpty() ? "" : ":\n" + tail;
    }

    /** The last few kilobytes of the log, from a line start; empty when there is no log. */
    static String tail(Path log) {
        if (log == null || !Files.isRegularFile(log)) {
            return "";
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            long from = Math.max(0, length - LOG_TAIL_BYTES);
            byte[] bytes = new byte[(int) (length - from)];
            file.seek(from);
            file.readFully(bytes);
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (from > 0) {
                int newline = text.indexOf('\n');
                text = newline >= 0 ? text.substring(newline + 1) : text;
            }
            return text.strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Providers that would start the same server with the same options are equal. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof IxlsConnectionProvider other && settings.equals(other.settings)
                && locator.equals(other.locator);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, locator);
    }

    @Override
    public String toString() {
        return "ixls language server (" + settings + ")";
    }
}
