package dev.ixls.eclipse.content;

import java.nio.file.Path;

final class DescriberTestSupport {

    private DescriberTestSupport() {
    }

    /** The repository's test-fixtures/ folder (set by the build). */
    static Path fixtures() {
        return Path.of(System.getProperty("ixls.fixtures", "../../test-fixtures"));
    }
}
