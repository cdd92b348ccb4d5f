package dev.ixls.cli;

import java.util.List;

/**
 * How a command is called: its parameters and options, for reading a command line
 * ({@link Arguments}) and for {@code --help}, whose wording comes from the message catalogs
 * ({@link HelpText}). Plain data, read without reflection: every start pays for what is here
 * (picocli's annotation scan cost about 150 ms a start, and its Java 5 classes cannot go into a
 * class-data sharing archive).
 *
 * @param parameter the positional parameters, or null for none
 */
record CommandSyntax(String name, Parameter parameter, List<Option> options) {

    /** Every command also takes these; {@link Arguments} answers them itself. */
    static final Option HELP = new Option(List.of("-h", "--help"), null);
    static final Option VERSION = new Option(List.of("-V", "--version"), null);

    CommandSyntax {
        options = List.copyOf(options);
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
     * @param key the help text's key below the command's ({@code help.check.paths})
     * @param max the most that may be given ({@link Integer#MAX_VALUE}: any number)
     */
    record Parameter(String label, String key, int min, int max) {
    }

    /**
     * An option; its help is {@code help.COMMAND.NAME} ({@code --lang}'s is shared: {@code help.lang}).
     *
     * @param names the first is the one the command is told ({@link CliCommand#option})
     * @param label what the value is ({@code FILE}), or null for a flag that takes none
     */
    record Option(List<String> names, String label) {

        Option {
            names = List.copyOf(names);
        }

        static Option flag(String name) {
            return new Option(List.of(name), null);
        }

        static Option value(String name, String label) {
            return new Option(List.of(name), label);
        }

        String name() {
            return names.get(0);
        }

        /** The long name without its dashes: the last part of the help text's key. */
        String key() {
            String longName = names.stream().filter(n -> n.startsWith("--")).findFirst().orElse(names.get(0));
            return longName.replaceFirst("^-+", "");
        }

        boolean takesValue() {
            return label != null;
        }
    }
}
