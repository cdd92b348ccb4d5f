package dev.ixls.cli;

import dev.ixls.i18n.Language;

/** The language of a command's messages: {@code --lang}, else the locale environment, else English. */
final class LanguageChoice {

    static final CommandSyntax.Option OPTION = CommandSyntax.Option.value("--lang", "en|ja");

    private LanguageChoice() {
    }

    /**
     * {@code --lang}'s value as given: refuses one that names neither language ({@code fr}), naming
     * the ones there are; a tag such as {@code ja-JP} or {@code en_US} is taken.
     */
    static String tag(String value) throws UsageException {
        if (!names(value)) {
            throw new UsageException("cli.usage.lang", "value", value);
        }
        return value;
    }

    /** Whether {@code --lang}'s value names a language ixls speaks. */
    static boolean names(String value) {
        return value.matches("(?i)(en|ja)([-_].*)?");
    }

    /**
     * The locale the messages follow as the launcher saw it ({@code ./ixls} sets {@code LC_ALL}
     * to C.UTF-8 so that Java reads non-ASCII file names, and passes the user's own here).
     */
    static final String MESSAGES_LOCALE_PROPERTY = "ixls.messagesLocale";

    static Language of(String lang) {
        if (lang != null) {
            return Language.fromTag(lang);
        }
        String launcher = System.getProperty(MESSAGES_LOCALE_PROPERTY);
        if (launcher != null && !launcher.isEmpty()) {
            return Language.fromTag(launcher);
        }
        for (String var : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = System.getenv(var);
            if (v != null && !v.isEmpty()) {
                return Language.fromTag(v);
            }
        }
        return Language.EN;
    }
}
