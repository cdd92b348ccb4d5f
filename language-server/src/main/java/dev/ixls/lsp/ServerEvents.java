package dev.ixls.lsp;

import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What the protocol adapters tell the server: its state, and changes that may change what
 * documents show. The server decides what to check again (see {@link IxLanguageServer}).
 */
interface ServerEvents {

    /** Whether {@code initialize} has been answered; notifications before it are ignored. */
    boolean isInitialized();

    /** A document was opened or its text changed: check it soon, and the open transcripts that may read against it. */
    void documentChanged(OpenDocument doc);

    /** AWS samples changed (files, open documents); {@code uris} null means any sample. */
    void samplesChanged(Set<String> uris);

    /**
     * AWS samples were found while checking one document (beside it): the other open documents
     * linked to them are checked again; {@code by} itself is being checked with them already.
     */
    void samplesFound(Set<String> uris, OpenDocument by);

    /**
     * The samples linked to an open config changed: the views that show links follow.
     *
     * @param lensesStale code lenses computed before may name other samples (false for a config's
     *     first check: a lens request computes the links itself, so no lens is stale yet)
     */
    void linksChanged(OpenDocument config, boolean lensesStale);

    /** The client sent its {@code ixls} settings section (null when it sent none). */
    void clientSettingsChanged(JsonObject section);

    /** {@code .ixls.json} changed on disk. */
    void settingsFileChanged();

    /** The workspace folders changed. */
    void foldersChanged(List<Path> roots);
}
