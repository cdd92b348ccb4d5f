package dev.ixls.lsp;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document store: the open documents by URI, one version each. A change replaces the whole
 * {@link OpenDocument}, so a reader always sees one consistent version.
 */
final class OpenDocuments {

    private final Map<String, OpenDocument> byKey = new ConcurrentHashMap<>();

    /** The open document with this URI (spelt any way {@link Uris#key} folds), or null. */
    OpenDocument get(String uri) {
        return uri == null ? null : byKey.get(Uris.key(uri));
    }

    /** The open document with this key ({@link OpenDocument#key}), or null. */
    OpenDocument byKey(String key) {
        return byKey.get(key);
    }

    void put(OpenDocument doc) {
        byKey.put(doc.key, doc);
    }

    /** Closes a document; returns the version that was open, or null. */
    OpenDocument remove(String uri) {
        return byKey.remove(Uris.key(uri));
    }

    Collection<OpenDocument> all() {
        return byKey.values();
    }
}
