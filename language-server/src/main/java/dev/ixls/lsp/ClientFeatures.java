package dev.ixls.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.MarkupKind;

/**
 * What the editor said it can do, read once from {@code initialize}'s capabilities: the features
 * ask these flags instead of walking LSP4J's nested, mostly optional capability objects per request.
 *
 * @param snippets completion items may use snippet syntax
 * @param completionMarkdown completion documentation may be Markdown (also when the client names no format)
 * @param hoverMarkdown hover text may be Markdown (also when the client names no format)
 * @param codeLensRefresh the server may ask for code lenses again ({@code workspace/codeLens/refresh})
 * @param workDoneProgress the server may show work-done progress
 * @param watchedFilesRegistration file watching can be registered dynamically
 * @param createFiles a workspace edit may create files (applied through {@code workspace/applyEdit})
 * @param documentChanges a workspace edit may use versioned {@code documentChanges}
 * @param showDocument the server may ask the editor to open a document
 * @param linksChanged the client takes ixls's own {@code ixls/linksChanged} notification: it said so
 *     in {@code capabilities.experimental.ixls.linksChanged} (other clients would log every one as
 *     an unsupported method, as LSP4J in Eclipse does)
 * @param showsCommandErrors the client shows the user why an ixls command failed
 *     ({@code capabilities.experimental.ixls.showsCommandErrors}); for other clients the server also
 *     sends the failure as a message, since some drop it unseen (LSP4E runs the commands of code
 *     actions and code minings without reporting their errors)
 */
record ClientFeatures(boolean snippets, boolean completionMarkdown, boolean hoverMarkdown, boolean codeLensRefresh,
        boolean workDoneProgress, boolean watchedFilesRegistration, boolean createFiles, boolean documentChanges,
        boolean showDocument, boolean linksChanged, boolean showsCommandErrors) {

    /** A client that said nothing: plain defaults (Markdown is assumed, as the protocol allows). */
    static final ClientFeatures NONE = of(null);

    static ClientFeatures of(ClientCapabilities capabilities) {
        ClientCapabilities c = capabilities == null ? new ClientCapabilities() : capabilities;
        var td = c.getTextDocument();
        var ws = c.getWorkspace();
        var window = c.getWindow();
        var completionItem = td == null || td.getCompletion() == null ? null : td.getCompletion().getCompletionItem();
        boolean snippets = completionItem != null && Boolean.TRUE.equals(completionItem.getSnippetSupport());
        boolean completionMarkdown = completionItem == null || allowsMarkdown(completionItem.getDocumentationFormat());
        boolean hoverMarkdown = td == null || td.getHover() == null || allowsMarkdown(td.getHover().getContentFormat());
        boolean codeLensRefresh = ws != null && ws.getCodeLens() != null
                && Boolean.TRUE.equals(ws.getCodeLens().getRefreshSupport());
        boolean progress = window != null && Boolean.TRUE.equals(window.getWorkDoneProgress());
        boolean watchers = ws != null && ws.getDidChangeWatchedFiles() != null
                && Boolean.TRUE.equals(ws.getDidChangeWatchedFiles().getDynamicRegistration());
        var edit = ws == null ? null : ws.getWorkspaceEdit();
        // Resource operations only exist inside documentChanges, so a client that lists "create"
        // takes documentChanges even when it does not say so (Neovim 0.7).
        boolean createFiles = edit != null && Boolean.TRUE.equals(ws.getApplyEdit())
                && edit.getResourceOperations() != null && edit.getResourceOperations().contains("create");
        boolean documentChanges = edit != null && Boolean.TRUE.equals(edit.getDocumentChanges());
        boolean showDocument = window != null && window.getShowDocument() != null
                && window.getShowDocument().isSupport();
        return new ClientFeatures(snippets, completionMarkdown, hoverMarkdown, codeLensRefresh, progress, watchers,
                createFiles, documentChanges, showDocument, experimentalFlag(c.getExperimental(), "linksChanged"),
                experimentalFlag(c.getExperimental(), "showsCommandErrors"));
    }

    /** {@code experimental.ixls.NAME} is {@code true} (the experimental part is free-form JSON). */
    private static boolean experimentalFlag(Object experimental, String name) {
        if (experimental instanceof com.google.gson.JsonObject all && all.get("ixls") instanceof com.google.gson.JsonObject ixls
                && ixls.get(name) instanceof com.google.gson.JsonPrimitive flag && flag.isBoolean()) {
            return flag.getAsBoolean();
        }
        return false;
    }

    /** A client that names its formats takes Markdown only if it lists it; one that names none takes it. */
    private static boolean allowsMarkdown(List<String> formats) {
        return formats == null || formats.contains(MarkupKind.MARKDOWN);
    }
}
