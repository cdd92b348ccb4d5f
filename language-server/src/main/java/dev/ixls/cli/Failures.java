package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Short, human reasons for I/O failures, instead of exception class names, in the command's language. */
final class Failures {

    private Failures() {
    }

    static String reason(IOException e, Language language) {
        if (e instanceof NoSuchFileException) {
            return Messages.get(language, "cli.reason.noSuchFile");
        }
        if (e instanceof AccessDeniedException) {
            return Messages.get(language, "cli.reason.permissionDenied");
        }
        if (e instanceof NotDirectoryException) {
            return Messages.get(language, "cli.reason.notADirectory");
        }
        if (e instanceof BinaryFileException) {
            return Messages.get(language, "cli.reason.binary");
        }
        // The operating system's own words (already in its locale) or, without any, the failure's kind.
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** A file that holds binary data where text was expected. */
    static final class BinaryFileException extends IOException {
        private static final long serialVersionUID = 1L;

        BinaryFileException() {
            super("binary file");
        }
    }
}
