package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line's help in one language, from the message catalogs' {@code help.*} keys:
 * {@code help.COMMAND.description}, {@code help.COMMAND.OPTION} (the long name without dashes),
 * {@code help.COMMAND.PARAMETER} (the parameter's key), {@code help.COMMAND.exitCodes.N}; the
 * tool's own are {@code help.description} and {@code help.exitCodes.N}; {@code help.help},
 * {@code help.version} and {@code help.lang} are every command's, {@code help.heading.*} the
 * headings.
 */
final class HelpText {

    static final String PREFIX = "help.";
    private static final Set<String> SHARED_OPTIONS = Set.of("help", "version", "lang");

    private final Language language;

    HelpText(Language language) {
        this.language = language;
    }

    /** {@code usage}, {@code commands} or {@code exitCodes}. */
    String heading(String which) {
        return Messages.get(language, PREFIX + "heading." + which);
    }

    String description(CommandSyntax command) {
        return Messages.get(language, descriptionKey(command));
    }

    String toolDescription() {
        return Messages.get(language, PREFIX + "description");
    }

    String parameter(CommandSyntax command) {
        return Messages.get(language, parameterKey(command));
    }

    String option(CommandSyntax command, CommandSyntax.Option option) {
        return Messages.get(language, optionKey(command, option));
    }

    /** Lines {@code code:meaning} of a command (null: the tool's); empty when it has none of its own. */
    List<String> exitCodes(CommandSyntax command) {
        String prefix = PREFIX + (command == null ? "" : command.name() + ".") + "exitCodes.";
        Set<String> keys = Messages.catalog(language).keySet();
        List<String> lines = new ArrayList<>();
        for (int i = 0; keys.contains(prefix + i); i++) {
            lines.add(Messages.get(language, prefix + i));
        }
        return lines;
    }

    static String descriptionKey(CommandSyntax command) {
        return PREFIX + command.name() + ".description";
    }

    static String parameterKey(CommandSyntax command) {
        return PREFIX + command.name() + "." + command.parameter().key();
    }

    static String optionKey(CommandSyntax command, CommandSyntax.Option option) {
        String name = option.key();
        return SHARED_OPTIONS.contains(name) ? PREFIX + name : PREFIX + command.name() + "." + name;
    }

    /** Every key the help of these commands reads (for the test that both catalogs have them all). */
    static Set<String> keysAskedFor(List<CommandSyntax> commands) {
        Set<String> keys = new TreeSet<>(Set.of(PREFIX + "description", PREFIX + "help", PREFIX + "version",
                PREFIX + "heading.usage", PREFIX + "heading.commands", PREFIX + "heading.exitCodes"));
        for (CommandSyntax c : commands) {
            keys.add(descriptionKey(c));
            if (c.parameter() != null) {
                keys.add(parameterKey(c));
            }
            c.options().forEach(o -> keys.add(optionKey(c, o)));
        }
        return keys;
    }

    /**
     * The language {@code --lang} asks for on this command line, else the environment's (also when
     * {@code --lang} names no language ixls speaks: the error that says so is in the user's).
     */
    static Language languageOf(String... args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            String value = a.equals("--lang") && i + 1 < list.size() ? list.get(i + 1)
                    : a.startsWith("--lang=") ? a.substring("--lang=".length()) : null;
            if (value != null) {
                return LanguageChoice.of(LanguageChoice.names(value) ? value : null);
            }
        }
        return LanguageChoice.of(null);
    }
}
