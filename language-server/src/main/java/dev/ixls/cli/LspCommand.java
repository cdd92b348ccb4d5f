package dev.ixls.cli;

import dev.ixls.lsp.LspServer;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code ixls lsp}: the language server on stdin/stdout. */
final class LspCommand extends CliCommand {

    @Override
    CommandSyntax syntax() {
        return new CommandSyntax("lsp", null, List.of(CommandSyntax.Option.flag("--stdio")));
    }

    @Override
    void option(String name, String value) {
        // --stdio: the only transport anyway.
    }

    @Override
    public Integer call() {
        // Only the protocol may reach stdout: anything a library prints goes to stderr instead.
        FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        PrintStream err = System.err;
        System.setOut(err);
        return LspServer.serve(new FileInputStream(FileDescriptor.in), new java.io.BufferedOutputStream(protocolOut, 1 << 16),
                err, true);
    }
}
