package org.eclipse.lsp4e.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;

/**
 * Compile-only mirror of the LSP4E interface that the ixls bundle implements. Only the members the
 * bundle implements are declared here, with the erased signatures LSP4E has had since 0.1.0 (still
 * the same in the 0.18 and 0.19 lines of the {@code org.eclipse.lsp4e} bundle). At run time the
 * class comes from LSP4E itself, whose other members are default methods the bundle does not
 * touch. This module is never packaged into the bundle.
 */
public interface StreamConnectionProvider {

    /** Starts the server process; LSP4E calls it after {@link #getInitializationOptions(URI)}. */
    void start() throws IOException;

    /** The server's output, which LSP4E reads messages from. */
    InputStream getInputStream();

    /** The server's input, which LSP4E writes messages to. */
    OutputStream getOutputStream();

    /** The server's error output, or {@code null} when it is redirected elsewhere. */
    InputStream getErrorStream();

    /** Stops the server process. */
    void stop();

    /** The {@code initializationOptions} of the LSP {@code initialize} request. */
    default Object getInitializationOptions(URI rootUri) {
        return null;
    }
}
