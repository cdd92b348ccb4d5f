package dev.ixls.lsp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;

/**
 * The editor side of the protocol tests: records what the server sends and applies workspace
 * edits that create files to the disk, as an editor would.
 */
final class TestClient implements IxLanguageClient {

    final List<PublishDiagnosticsParams> diagnostics = new CopyOnWriteArrayList<>();
    final List<MessageParams> logs = new CopyOnWriteArrayList<>();
    final List<MessageParams> shown = new CopyOnWriteArrayList<>();
    final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
    final List<WorkDoneProgressCreateParams> progressCreated = new CopyOnWriteArrayList<>();
    final List<RegistrationParams> registrations = new CopyOnWriteArrayList<>();
    final List<ApplyWorkspaceEditParams> edits = new CopyOnWriteArrayList<>();
    volatile Function<ApplyWorkspaceEditParams, CompletableFuture<ApplyWorkspaceEditResponse>> applyEdit =
            TestClient::applyToDisk;

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        edits.add(params);
        return applyEdit.apply(params);
    }

    /** Creates the files the edit creates and inserts into them (all this server's generate edits do). */
    static CompletableFuture<ApplyWorkspaceEditResponse> applyToDisk(ApplyWorkspaceEditParams params) {
        try {
            if (params.getEdit().getDocumentChanges() != null) {
                for (var change : params.getEdit().getDocumentChanges()) {
                    if (change.isRight() && change.getRight() instanceof CreateFile create) {
                        Path p = Uris.path(create.getUri()).orElseThrow();
                        Files.writeString(p, "", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                    } else if (change.isLeft()) {
                        TextDocumentEdit edit = change.getLeft();
                        Path p = Uris.path(edit.getTextDocument().getUri()).orElseThrow();
                        if (Files.exists(p) && Files.size(p) == 0) {
                            Files.writeString(p, edit.getEdits().get(0).getLeft().getNewText(), StandardCharsets.UTF_8);
                        }
                    }
                }
            }
            return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
        } catch (IOException e) {
            ApplyWorkspaceEditResponse r = new ApplyWorkspaceEditResponse(false);
            r.setFailureReason(e.toString());
            return CompletableFuture.completedFuture(r);
        }
    }

    /** Every {@code ixls/linksChanged} the server sent, in order. */
    final List<LinksChanged> linksChanged = new CopyOnWriteArrayList<>();

    @Override
    public void linksChanged(LinksChanged params) {
        linksChanged.add(params);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
    }

    @Override
    public void showMessage(MessageParams params) {
        shown.add(params);
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void logMessage(MessageParams params) {
        logs.add(params);
    }

    @Override
    public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
        progressCreated.add(params);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void notifyProgress(ProgressParams params) {
        progress.add(params);
    }

    final java.util.concurrent.atomic.AtomicInteger codeLensRefreshes = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public CompletableFuture<Void> refreshCodeLenses() {
        codeLensRefreshes.incrementAndGet();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        return CompletableFuture.completedFuture(null);
    }

    /** Waits for a diagnostics publication for the URI that matches. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> match)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RawClient.TIMEOUT_SECONDS);
        int from = 0;
        while (System.nanoTime() < deadline) {
            for (int i = from; i < diagnostics.size(); i++) {
                PublishDiagnosticsParams p = diagnostics.get(i);
                if (p.getUri().equals(uri) && match.test(p)) {
                    return p;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no matching diagnostics for " + uri + "; got " + diagnostics);
    }

    /** Waits until something holds (polling; bounded). */
    static void await(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RawClient.TIMEOUT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(5);
        }
    }
}
