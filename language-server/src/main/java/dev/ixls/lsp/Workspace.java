package dev.ixls.lsp;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.model.IxConfig;
import dev.ixls.service.SampleIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;

/**
 * The workspace and the AWS samples ixls knows: the folders the client opened, the sample index
 * (samples found in them by content, named in settings, open in the editor), which samples a
 * config links to, and how the engine's locations become URIs.
 */
final class Workspace {

    /** How long a check of a config opened at start-up waits for the first scan of the workspace. */
    static final long FIRST_SCAN_WAIT_MS = 10_000;

    private final SampleIndex samples = new SampleIndex();
    private final java.util.concurrent.CompletableFuture<Void> firstScan = new java.util.concurrent.CompletableFuture<>();
    /** Past this moment no check waits for the first scan (a client may never send {@code initialized}). */
    private volatile long firstScanDeadline;
    private volatile boolean firstScanExpected;
    private volatile List<Path> roots = List.of();

    /** The sample index itself, for open, changed and deleted sample files. */
    SampleIndex samples() {
        return samples;
    }

    List<Path> roots() {
        return roots;
    }

    void roots(List<Path> folders) {
        roots = List.copyOf(folders);
    }

    /** The first workspace folder: where {@code .ixls.json} is read and relative paths resolve. */
    Optional<Path> firstRoot() {
        List<Path> r = roots;
        return r.isEmpty() ? Optional.empty() : Optional.of(r.get(0));
    }

    /** The samples a config links to. */
    List<LinkedSample> linkedTo(IxConfig config) {
        return samples.linkedTo(config);
    }

    /** Maps a location from the engine (URI or path) to a URI. */
    String toUri(String location) {
        return Uris.toUri(location, firstRoot().orElse(null));
    }

    Function<String, String> uriMapper() {
        return this::toUri;
    }

    /** Walks the folders for samples; returns how many sample files it found. */
    int scan(SampleIndex.Progress progress, BooleanSupplier stop) {
        return samples.scan(roots, Uris::of, progress, stop);
    }

    /** {@code initialize} was answered: the first scan is on its way, if there are folders to scan. */
    void firstScanExpected() {
        firstScanDeadline = System.nanoTime() + java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(FIRST_SCAN_WAIT_MS);
        firstScanExpected = true;
        if (roots.isEmpty()) {
            firstScanDone();
        }
    }

    /** The first scan of the workspace folders ended (or there was none to make). */
    void firstScanDone() {
        firstScan.complete(null);
    }

    /**
     * Waits until the first scan of the workspace has ended, at most until {@link #FIRST_SCAN_WAIT_MS}
     * after {@code initialize}:
     * a config opened at start-up is then first checked against the samples of its workspace, not
     * checked without them and again a moment later. {@code checkpoint} runs between waits (it
     * throws when the check went stale).
     */
    void awaitFirstScan(Runnable checkpoint) {
        long deadline = firstScanDeadline;
        while (firstScanExpected && !firstScan.isDone() && System.nanoTime() - deadline < 0) {
            checkpoint.run();
            try {
                firstScan.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // not yet: check the checkpoint and wait on
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                return;
            }
        }
    }

    /**
     * Reads the samples saved beside a config file (once per folder), as {@code ixls check} does:
     * they link without a workspace folder or a setting.
     *
     * @return the URIs of samples found that were not known before
     */
    java.util.Set<String> indexBeside(String documentKey) {
        return Uris.path(documentKey).map(p -> samples.indexBeside(p, Uris::of)).orElse(java.util.Set.of());
    }

    /** Reads the samples that settings name; returns a problem per path that is not one. */
    List<String> loadExplicit(List<Path> paths) {
        return samples.setExplicit(paths, Uris::of);
    }

    /** The workspace folders of {@code initialize}: its folders, else the root URI, else the root path. */
    static List<Path> rootsOf(InitializeParams params) {
        List<Path> out = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) {
                Uris.path(f.getUri()).ifPresent(out::add);
            }
        }
        if (out.isEmpty()) {
            @SuppressWarnings("deprecation")
            String rootUri = params.getRootUri();
            Uris.path(rootUri).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            @SuppressWarnings("deprecation")
            String rootPath = params.getRootPath();
            if (rootPath != null && !rootPath.isBlank()) {
                out.add(Path.of(rootPath).toAbsolutePath().normalize());
            }
        }
        return List.copyOf(out);
    }
}
