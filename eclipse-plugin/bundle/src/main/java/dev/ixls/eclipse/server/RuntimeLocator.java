package dev.ixls.eclipse.server;

import java.io.IOException;

/** Finds the Java runtime and server jar when the server is about to start, and hears how it ended. */
public interface RuntimeLocator {

    ServerRuntime locate() throws IOException;

    /**
     * Called when the server process ends without having been asked to stop.
     *
     * @param stderrTail the last lines of its error output, or an empty string
     */
    default void serverExitedUnexpectedly(int exitCode, String stderrTail) {
    }

    /** Called when the server could not be started, with why (LSP4E then has no server for the files). */
    default void serverFailedToStart(String reason) {
    }
}
