package dev.ixls.lsp;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Document URIs: one spelling per file, whatever encoding the client chose, and paths for file URIs. */
final class Uris {

    private Uris() {
    }

    /** The key a document is known by: a {@code file:} URI re-spelled from its path; other URIs as given. */
    static String key(String uri) {
        return path(uri).map(Uris::of).orElse(uri);
    }

    static Optional<Path> path(String uri) {
        if (uri == null || !uri.regionMatches(true, 0, "file:", 0, 5)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(uri)).toAbsolutePath().normalize());
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }

    static String of(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /**
     * A location as the engine names it (a URI, or a path, relative ones against the workspace
     * root) as a URI.
     */
    static String toUri(String location, Path root) {
        if (location == null) {
            return null;
        }
        if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !location.matches("^[a-zA-Z]:[\\\\/].*")) {
            return key(location);
        }
        Path p = Path.of(location);
        if (!p.isAbsolute() && root != null) {
            p = root.resolve(p);
        }
        return of(p);
    }
}
