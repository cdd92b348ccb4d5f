package dev.ixls.eclipse.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A stand-in process for the provider's process handling (not for the language server: the
 * handshake test runs the real one). Writes its arguments to stderr, copies stdin to stdout until
 * end of input, then exits 0; with {@code -Decho.exit=N} it exits with N at once; with
 * {@code -Decho.ignoreEof=true} it keeps running after end of input.
 */
public final class EchoServerMain {

    private EchoServerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.err.println("echo-server args: " + String.join(" ", args));
        System.err.flush();
        String exit = System.getProperty("echo.exit");
        if (exit != null) {
            System.exit(Integer.parseInt(exit));
        }
        InputStream in = System.in;
        OutputStream out = System.out;
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
        }
        if (Boolean.getBoolean("echo.ignoreEof")) {
            Thread.sleep(60_000);
        }
    }
}
