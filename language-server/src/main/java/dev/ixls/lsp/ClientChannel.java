package dev.ixls.lsp;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The editor on the other end: its proxy once connected, what it said it can do, and the calls
 * the server makes to it. Every call is skipped quietly while no client is connected or when
 * the client did not say it takes it.
 */
final class ClientChannel {

    private final ServerLog log;
    private final AtomicInteger progressTokens = new AtomicInteger();
    private volatile LanguageClient client;
    private volatile ClientFeatures features = ClientFeatures.NONE;

    ClientChannel(ServerLog log) {
        this.log = log;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    /** The client's proxy, or null before {@code connect}. */
    LanguageClient client() {
        return client;
    }

    ClientFeatures features() {
        return features;
    }

    void features(ClientFeatures features) {
        this.features = features;
    }

    void publish(PublishDiagnosticsParams params) {
        LanguageClient c = client;
        if (c != null) {
            c.publishDiagnostics(params);
        }
    }

    void showMessage(MessageType type, String message) {
        LanguageClient c = client;
        if (c != null) {
            c.showMessage(new MessageParams(type, message));
        }
    }

    /** Code lenses show the samples' view of each tunnel: asks the client to fetch them again. */
    void refreshCodeLenses() {
        LanguageClient c = client;
        if (c != null && features.codeLensRefresh()) {
            c.refreshCodeLenses().exceptionally(e -> null);
        }
    }

    /**
     * The samples linked to these configs changed: {@code ixls/linksChanged} for the client's
     * status bar and tunnel view, then, when lenses computed before may be stale, a code lens
     * refresh (the lenses name the linked samples). No refresh for a config's first check: LSP4E
     * answers a refresh by connecting every open document again, and one racing with an editor
     * that is closing stays connected, which keeps the server running with no editor open.
     *
     * @param uris the configs concerned; empty for every open config
     */
    void linksChanged(List<String> uris, boolean refreshLenses) {
        LanguageClient c = client;
        if (c instanceof IxLanguageClient ix && features.linksChanged()) {
            try {
                ix.linksChanged(new IxLanguageClient.LinksChanged(List.copyOf(uris)));
            } catch (RuntimeException e) {
                log.warn("could not tell the client that links changed: " + e.getClass().getSimpleName());
            }
        }
        if (refreshLenses) {
            refreshCodeLenses();
        }
    }

    /** Asks to hear of every changed file: samples are told by content, and .ixls.json holds settings. */
    void watchFiles() {
        LanguageClient c = client;
        if (!features.watchedFilesRegistration() || c == null) {
            return;
        }
        DidChangeWatchedFilesRegistrationOptions options = new DidChangeWatchedFilesRegistrationOptions(
                List.of(new FileSystemWatcher(Either.forLeft("**/*"))));
        c.registerCapability(new RegistrationParams(List.of(new Registration("ixls-watch",
                "workspace/didChangeWatchedFiles", options)))).exceptionally(e -> {
                    log.warn("the client did not register file watching: " + e.getClass().getSimpleName());
                    return null;
                });
    }

    /**
     * Starts work-done progress, or returns one that shows nothing when the client does not show
     * progress. Waits for the client's answer: call it off the reader thread.
     */
    Progress startProgress(String title) {
        LanguageClient c = client;
        if (c == null || !features.workDoneProgress()) {
            return new Progress(null);
        }
        Either<String, Integer> token = Either.forLeft("ixls-" + progressTokens.incrementAndGet());
        try {
            c.createProgress(new WorkDoneProgressCreateParams(token)).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return new Progress(null);
        }
        WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
        begin.setTitle(title);
        begin.setCancellable(false);
        begin.setPercentage(0);
        c.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        return new Progress(token);
    }

    /** Work-done progress under one token; without a token it shows nothing. */
    final class Progress {
        private final Either<String, Integer> token;

        private Progress(Either<String, Integer> token) {
            this.token = token;
        }

        void report(int done, int total) {
            LanguageClient c = client;
            if (token == null || c == null) {
                return;
            }
            WorkDoneProgressReport r = new WorkDoneProgressReport();
            r.setMessage(done + "/" + total);
            r.setPercentage(total == 0 ? 100 : (int) (100L * done / total));
            c.notifyProgress(new ProgressParams(token, Either.forLeft(r)));
        }

        void end(String message) {
            LanguageClient c = client;
            if (token == null || c == null) {
                return;
            }
            WorkDoneProgressEnd e = new WorkDoneProgressEnd();
            e.setMessage(message);
            c.notifyProgress(new ProgressParams(token, Either.forLeft(e)));
        }
    }
}
