package dev.ixls.lsp;

import java.io.PrintStream;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's log: standard error and the client's {@code window/logMessage}. Callers pass
 * messages that never hold document text or keys.
 */
final class ServerLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private final PrintStream err;
    private volatile LanguageClient client;

    ServerLog(PrintStream err) {
        this.err = err;
    }

    void connect(LanguageClient client) {
        this.client = client;
    }

    void info(String message) {
        log(MessageType.Info, message);
    }

    void warn(String message) {
        log(MessageType.Warning, message);
    }

    void error(String message) {
        log(MessageType.Error, message);
    }

    private void log(MessageType type, String message) {
        err.println("[ixls " + LocalTime.now().format(TIME) + " " + type.name().toLowerCase(java.util.Locale.ROOT) + "] "
                + message);
        err.flush();
        LanguageClient c = client;
        if (c != null) {
            try {
                c.logMessage(new MessageParams(type, message));
            } catch (RuntimeException e) {
                // The client is gone; standard error has the message.
            }
        }
    }
}
