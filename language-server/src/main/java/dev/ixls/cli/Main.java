package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code ixls}: the command-line entry point. The command line is read by {@link Arguments} from
 * each command's {@link CommandSyntax}; only the command asked for is loaded. Help comes in one
 * language ({@link HelpText}): the one {@code --lang} names, else the environment's.
 */
public final class Main {

    private Main() {
    }

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

    /** Runs with the given output streams (null for the process's own, in UTF-8: see main). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        PrintWriter o = out != null ? out : new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter e = err != null ? err : new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        // Help and usage errors come before the command has read --lang: in the language the whole
        // command line asks for.
        Language language = HelpText.languageOf(args);
        HelpText help = new HelpText(language);
        if (args.length == 0) {
            // No command: the usage, on standard error, and the usage exit code.
            toolHelp(help, e);
            return 2;
        }
        CliCommand command = command(args[0]);
        String commandName = command == null ? null : command.syntax().name();
        try {
            if (command == null) {
                switch (args[0]) {
                    case "-h", "--help" -> {
                        toolHelp(help, o);
                        return 0;
                    }
                    case "-V", "--version" -> {
                        o.println("ixls " + version());
                        o.flush();
                        return 0;
                    }
                    default -> throw args[0].startsWith("-")
                            ? new UsageException("cli.usage.unknownOption", "option", args[0])
                            : new UsageException("cli.usage.unknownCommand", "command", args[0]);
                }
            }
            switch (Arguments.read(command, args, 1)) {
                case HELP -> {
                    Arguments.help(command.syntax(), help, o);
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
            e.println(u.message(language));
            e.println(commandName == null ? Messages.get(language, "cli.usage.tryHelp")
                    : Messages.get(language, "cli.usage.tryCommandHelp", "command", commandName));
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
            e.println(Messages.get(language, "cli.internalError",
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

    /** Every command's syntax, in the order {@code ixls --help} lists them. */
    static List<CommandSyntax> syntaxes() {
        return List.of(new ConvertCommand().syntax(), new CheckCommand().syntax(), new DiagnoseCommand().syntax(),
                new LspCommand().syntax(), new ArchiveCommand().syntax());
    }

    private static void toolHelp(HelpText help, PrintWriter out) {
        Arguments.toolHelp(help, syntaxes(), out);
    }

    /** The version from the jar's manifest, or {@code dev} when run from classes. */
    public static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
