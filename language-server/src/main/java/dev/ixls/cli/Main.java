package dev.ixls.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;

/**
 * {@code ixls}: the command-line entry point. The command line is read by {@link Arguments} from
 * each command's {@link CommandSyntax}; only the command asked for is loaded.
 */
public final class Main {

    static final List<String> DESCRIPTION = List.of(
            "NEC IX config tools: check configs, convert AWS VPN samples, serve editors over LSP.",
            "NEC IX 設定ツール: 設定のチェック、AWS VPN サンプルの変換、エディタ向け LSP サーバ。");
    static final List<String> EXIT_CODES = List.of("0:clean (warnings allowed)", "1:errors found",
            "2:usage, I/O or internal error");

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return run(null, null, args);
    }

    /** Runs with the given output streams (null for the process's own). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter o = out != null ? out : writer(System.out, "sun.stdout.encoding");
        PrintWriter e = err != null ? err : writer(System.err, "sun.stderr.encoding");
        if (args.length == 0) {
            toolHelp(o);
            return 0;
        }
        CliCommand command = command(args[0]);
        String commandName = command == null ? null : command.syntax().name();
        try {
            if (command == null) {
                switch (args[0]) {
                    case "-h", "--help" -> {
                        toolHelp(o);
                        return 0;
                    }
                    case "-V", "--version" -> {
                        o.println("ixls " + version());
                        o.flush();
                        return 0;
                    }
                    default -> throw new UsageException(args[0].startsWith("-") ? "Unknown option: '" + args[0] + "'"
                            : "Unknown command: '" + args[0] + "' (commands: convert, check, diagnose, lsp, archive)");
                }
            }
            switch (Arguments.read(command, args, 1)) {
                case HELP -> {
                    Arguments.help(command.syntax(), o);
                    return 0;
                }
                case VERSION -> {
                    o.println("ixls " + version());
                    o.flush();
                    return 0;
                }
                default -> {
                    // Read below.
                }
            }
        } catch (UsageException u) {
            e.println(u.getMessage());
            e.println("Try 'ixls " + (commandName == null ? "" : commandName + " ") + "--help' for more information.");
            e.flush();
            return 2;
        }
        command.out = o;
        command.err = e;
        if (command instanceof CheckCommand || command instanceof ConvertCommand || command instanceof DiagnoseCommand) {
            dev.ixls.service.IxLanguageService.loadInBackground();
        }
        try {
            return command.call();
        } catch (Exception x) {
            // No stack trace and no exception message (it may quote a config, keys included): the
            // class names the failure for a report, and the exit code is the I/O one.
            e.println(dev.ixls.i18n.Messages.get(dev.ixls.i18n.Language.fromTag(
                    java.util.Locale.getDefault().toLanguageTag()), "cli.internalError",
                    "error", x.getClass().getSimpleName()));
            e.flush();
            return 2;
        }
    }

    /** The command of this name, or null; only its class is loaded. */
    private static CliCommand command(String name) {
        return switch (name) {
            case "convert" -> new ConvertCommand();
            case "check" -> new CheckCommand();
            case "diagnose" -> new DiagnoseCommand();
            case "lsp" -> new LspCommand();
            case "archive" -> new ArchiveCommand();
            default -> null;
        };
    }

    private static void toolHelp(PrintWriter out) {
        Arguments.toolHelp(DESCRIPTION, List.of(new ConvertCommand().syntax(), new CheckCommand().syntax(),
                new DiagnoseCommand().syntax(), new LspCommand().syntax(), new ArchiveCommand().syntax()), EXIT_CODES, out);
    }

    /** As the JVM encodes the stream (a console's encoding where it knows one), flushing each line. */
    private static PrintWriter writer(PrintStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (name != null) {
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException x) {
                // An unknown name: the default charset.
            }
        }
        return new PrintWriter(new OutputStreamWriter(stream, charset), true);
    }

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
