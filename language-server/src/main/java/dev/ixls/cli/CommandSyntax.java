package dev.ixls.cli;

import java.util.List;

/**
 * How a command is called: its description, parameters and options, for reading a command line
 * ({@link Arguments}) and for {@code --help}. Plain data, read without reflection: every start pays
 * for what is here (picocli's annotation scan cost about 150 ms a start, and its Java 5 classes
 * cannot go into a class-data sharing archive).
 *
 * @param description lines in English, then Japanese
 * @param parameter the positional parameters, or null for none
 * @param exitCodes lines {@code code:meaning}, or empty for the tool's own
 */
record CommandSyntax(String name, List<String> description, Parameter parameter, List<Option> options,
        List<String> exitCodes) {

    /** Every command also takes these; {@link Arguments} answers them itself. */
    static final Option HELP = Option.flag(List.of("-h", "--help"), "Show this help message and exit.");
    static final Option VERSION = Option.flag(List.of("-V", "--version"), "Print version information and exit.");

    CommandSyntax {
        description = List.copyOf(description);
        options = List.copyOf(options);
        exitCodes = List.copyOf(exitCodes);
    }

    /** The option one of whose names is {@code name}, or null. */
    Option option(String name) {
        for (Option o : options) {
            if (o.names().contains(name)) {
                return o;
            }
        }
        return HELP.names().contains(name) ? HELP : VERSION.names().contains(name) ? VERSION : null;
    }

    /**
     * Positional parameters.
     *
     * @param max the most that may be given ({@link Integer#MAX_VALUE}: any number)
     */
    record Parameter(String label, int min, int max, String description) {
    }

    /**
     * An option.
     *
     * @param names the first is the one the command is told ({@link CliCommand#option})
     * @param label what the value is ({@code FILE}), or null for a flag that takes none
     */
    record Option(List<String> names, String label, String description) {

        static Option flag(List<String> names, String description) {
            return new Option(List.copyOf(names), null, description);
        }

        static Option flag(String name, String description) {
            return flag(List.of(name), description);
        }

        static Option value(String name, String label, String description) {
            return new Option(List.of(name), label, description);
        }

        String name() {
            return names.get(0);
        }

        boolean takesValue() {
            return label != null;
        }
    }
}
