package dev.ixls.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ixls lsp}: reserved for the language server over stdio. */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = {"Start the language server on stdin/stdout.", "標準入出力で言語サーバを起動します。"})
final class LspCommand implements Callable<Integer> {

    @Option(names = "--stdio", description = "Accepted for editors that pass it; stdio is the only transport.")
    boolean stdio;

    @Override
    public Integer call() {
        System.err.println("ixls: the language server is not part of this build yet");
        return 2;
    }
}
