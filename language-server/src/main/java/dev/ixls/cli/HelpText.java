package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The command line's help in one language, from the message catalogs' {@code help.*} keys:
 * picocli reads command descriptions, option descriptions and headings from a resource bundle.
 * {@code help.check.format} is picocli's {@code ixls.check.format} (the option of that
 * subcommand), {@code help.usage.description} the top command's; {@code help.usage.*} headings,
 * {@code help.help}, {@code help.version} and {@code help.lang} are shared by every command.
 */
final class HelpText {

    static final String PREFIX = "help.";
    private static final Set<String> SUBCOMMANDS = Set.of("convert", "check", "diagnose", "lsp");

    private HelpText() {
    }

    static ResourceBundle bundle(Language language) {
        Map<String, String> entries = new HashMap<>();
        for (String key : Messages.catalog(language).keySet()) {
            if (key.startsWith(PREFIX)) {
                entries.put(picocliKey(key), Messages.get(language, key));
            }
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return entries.get(key);
            }

            @Override
            public Enumeration<String> getKeys() {
                return java.util.Collections.enumeration(new ArrayList<>(entries.keySet()));
            }
        };
    }

    /** The picocli resource key a catalog key stands for. */
    static String picocliKey(String catalogKey) {
        String rest = catalogKey.substring(PREFIX.length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        if (SUBCOMMANDS.contains(first) || rest.equals("usage.description")) {
            return "ixls." + rest;
        }
        return rest;
    }

    /** The language {@code --lang} asks for on this command line, else the environment's. */
    static Language languageOf(String... args) {
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String a = list.get(i);
            if (a.equals("--lang") && i + 1 < list.size()) {
                return LanguageChoice.of(list.get(i + 1));
            }
            if (a.startsWith("--lang=")) {
                return LanguageChoice.of(a.substring("--lang=".length()));
            }
        }
        return LanguageChoice.of(null);
    }
}
