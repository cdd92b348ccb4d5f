package dev.ixls.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ixls}: the command-line entry point. */
@Command(name = "ixls", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "NEC IX config tools: check configs, convert AWS VPN samples, serve editors over LSP.",
        subcommands = {ConvertCommand.class, CheckCommand.class, DiagnoseCommand.class, LspCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:clean (warnings allowed)", "1:errors found", "2:usage, I/O or internal error"})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // UTF-8 whatever the locale: under C/POSIX (or a locale that is not installed) the JVM's
        // default charset is ASCII, which would turn every Japanese message into '?'.
        System.setOut(utf8(FileDescriptor.out));
        System.setErr(utf8(FileDescriptor.err));
        System.exit(run(args));
    }

    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs with the given output streams (null for the process's own). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        // Help in one language: the one --lang names, else the environment's (HelpText).
        cli.setResourceBundle(HelpText.bundle(HelpText.languageOf(args)));
        // The streams are UTF-8 whatever the platform's default charset (see main).
        cli.setOut(out != null ? out : new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(err != null ? err : new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // No stack trace and no exception message (it may quote a config, keys included): the
            // class names the failure for a report, and the exit code is the I/O one.
            commandLine.getErr().println(dev.ixls.i18n.Messages.get(LanguageChoice.of(null), "cli.internalError",
                    "error", e.getClass().getSimpleName()));
            return 2;
        });
        return cli.execute(args);
    }

    /** {@code ixls} with no subcommand: the usage, on standard error, and the usage exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"ixls " + version()};
        }
    }
}
