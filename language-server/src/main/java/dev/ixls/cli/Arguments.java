package dev.ixls.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a command line into a {@link CliCommand} by its {@link CommandSyntax}: {@code --name value},
 * {@code --name=value}, {@code -o value}, {@code -ovalue}, flags, {@code --} before parameters that
 * start with a dash; {@code -h}/{@code --help} and {@code -V}/{@code --version} anywhere. Also
 * writes the help text.
 */
final class Arguments {

    /** What the command line asks for besides running the command. */
    enum Request {
        RUN, HELP, VERSION
    }

    private static final int WIDTH = 80;

    private Arguments() {
    }

    /** Hands {@code args[from..]} to the command; throws on an unknown option, a missing value or parameter. */
    static Request read(CliCommand command, String[] args, int from) throws UsageException {
        CommandSyntax syntax = command.syntax();
        int parameters = 0;
        boolean optionsEnded = false;
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                CommandSyntax.Parameter p = syntax.parameter();
                if (p == null || parameters >= p.max()) {
                    throw new UsageException("cli.usage.unmatchedArgumentAt", "index", i - from, "value", arg);
                }
                parameters++;
                command.parameter(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            CommandSyntax.Option option = syntax.option(name);
            if (option == null && !arg.startsWith("--") && arg.length() > 2) {
                // -ovalue, -o=value
                CommandSyntax.Option shortOption = syntax.option(arg.substring(0, 2));
                if (shortOption != null && shortOption.takesValue()) {
                    option = shortOption;
                    name = arg.substring(0, 2);
                    value = arg.charAt(2) == '=' ? arg.substring(3) : arg.substring(2);
                }
            }
            if (option == null) {
                throw new UsageException("cli.usage.unknownOption", "option", arg);
            }
            if (option == CommandSyntax.HELP) {
                return Request.HELP;
            }
            if (option == CommandSyntax.VERSION) {
                return Request.VERSION;
            }
            if (option.takesValue()) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("cli.usage.missingValue", "option", name, "label", option.label());
                    }
                    value = args[++i];
                }
            } else if (value != null) {
                throw new UsageException("cli.usage.takesNoValue", "option", name);
            }
            command.option(option.name(), value);
        }
        CommandSyntax.Parameter p = syntax.parameter();
        if (p != null && parameters < p.min()) {
            throw new UsageException("cli.usage.missingParameter", "parameter", p.label());
        }
        return Request.RUN;
    }

    /** {@code ixls CMD --help}. */
    static void help(CommandSyntax syntax, HelpText text, PrintWriter out) {
        StringBuilder usage = new StringBuilder(text.heading("usage")).append("ixls ").append(syntax.name())
                .append(" [-hV]");
        for (CommandSyntax.Option o : syntax.options()) {
            usage.append(" [").append(o.names().get(o.names().size() - 1))
                    .append(o.takesValue() ? "=" + o.label() : "").append(']');
        }
        CommandSyntax.Parameter p = syntax.parameter();
        if (p != null) {
            String label = p.max() > 1 ? p.label() + "..." : p.label();
            usage.append(' ').append(p.min() == 0 ? "[" + label + "]" : label);
        }
        wrap(usage.toString(), "", "    ", out);
        wrap(text.description(syntax), "", "", out);
        List<String[]> rows = new ArrayList<>();
        if (p != null) {
            rows.add(new String[] {"      " + p.label() + (p.max() > 1 ? "..." : ""), text.parameter(syntax)});
        }
        for (CommandSyntax.Option o : syntax.options()) {
            rows.add(new String[] {optionColumn(o), text.option(syntax, o)});
        }
        rows.add(new String[] {optionColumn(CommandSyntax.HELP), text.option(syntax, CommandSyntax.HELP)});
        rows.add(new String[] {optionColumn(CommandSyntax.VERSION), text.option(syntax, CommandSyntax.VERSION)});
        table(rows, out);
        List<String> exitCodes = text.exitCodes(syntax);
        if (!exitCodes.isEmpty()) {
            exitCodes(text, exitCodes, out);
        }
        out.flush();
    }

    /** {@code ixls --help}: the tool's options, its commands (their descriptions) and exit codes. */
    static void toolHelp(HelpText text, List<CommandSyntax> commands, PrintWriter out) {
        out.println(text.heading("usage") + "ixls [-hV] [COMMAND]");
        wrap(text.toolDescription(), "", "", out);
        CommandSyntax tool = new CommandSyntax("ixls", null, List.of());
        table(List.of(new String[] {optionColumn(CommandSyntax.HELP), text.option(tool, CommandSyntax.HELP)},
                new String[] {optionColumn(CommandSyntax.VERSION), text.option(tool, CommandSyntax.VERSION)}), out);
        out.println(text.heading("commands"));
        List<String[]> rows = new ArrayList<>();
        for (CommandSyntax c : commands) {
            rows.add(new String[] {"  " + c.name(), text.description(c)});
        }
        table(rows, out);
        exitCodes(text, text.exitCodes(null), out);
        out.flush();
    }

    private static void exitCodes(HelpText text, List<String> codes, PrintWriter out) {
        out.println();
        out.println(text.heading("exitCodes"));
        for (String line : codes) {
            int colon = line.indexOf(':');
            out.println("  " + line.substring(0, colon) + "   " + line.substring(colon + 1));
        }
    }

    private static String optionColumn(CommandSyntax.Option o) {
        StringBuilder sb = new StringBuilder();
        String shortName = o.names().stream().filter(n -> !n.startsWith("--")).findFirst().orElse(null);
        sb.append(shortName == null ? "      " : "  " + shortName + ", ");
        sb.append(o.names().stream().filter(n -> n.startsWith("--")).findFirst().orElse(""));
        if (o.takesValue()) {
            sb.append('=').append(o.label());
        }
        return sb.toString();
    }

    /** Two columns; a first column too wide for the layout puts its text on the next line. */
    private static void table(List<String[]> rows, PrintWriter out) {
        int column = 0;
        for (String[] row : rows) {
            if (row[0].length() <= 28) {
                column = Math.max(column, row[0].length());
            }
        }
        String indent = " ".repeat(column + 2);
        for (String[] row : rows) {
            // A description may hold a line per language.
            String[] lines = row[1].split("\n");
            if (row[0].length() > column) {
                out.println(row[0]);
                wrap(lines[0], indent, indent + "  ", out);
            } else {
                String first = row[0] + " ".repeat(column - row[0].length() + 2);
                wrap(first + lines[0], "", indent + "  ", out);
            }
            for (int i = 1; i < lines.length; i++) {
                wrap(lines[i], indent, indent + "  ", out);
            }
        }
    }

    /** Wraps ASCII text at word boundaries; other text (Japanese) is printed as it is. */
    private static void wrap(String text, String firstIndent, String indent, PrintWriter out) {
        String line = firstIndent + text;
        boolean ascii = text.chars().allMatch(c -> c < 0x80);
        while (ascii && line.length() > WIDTH) {
            int cut = line.lastIndexOf(' ', WIDTH);
            if (cut <= indent.length()) {
                break;
            }
            out.println(line.substring(0, cut));
            line = indent + line.substring(cut + 1);
        }
        out.println(line);
    }
}
