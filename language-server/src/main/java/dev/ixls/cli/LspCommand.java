package dev.ixls.cli;

import dev.ixls.lsp.LspServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ixls lsp}: the language server on stdin/stdout. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Start the language server on stdin/stdout.")
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Accepted for editors that pass it; stdio is the only transport.")
    boolean stdio;

    @Override
    public Integer call() {
        // Only the protocol may reach stdout: anything a library prints goes to stderr instead.
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        PrintStream err = System.err;
        System.setOut(err);
        return LspServer.serve(new FileInputStream(FileDescriptor.in), new java.io.BufferedOutputStream(protocolOut, 1 << 16), err);
    }
}
