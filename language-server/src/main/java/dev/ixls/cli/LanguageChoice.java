package dev.ixls.cli;

import dev.ixls.i18n.Language;

/** The language of a command's messages: {@code --lang}, else the locale environment, else English. */
final class LanguageChoice {

    private LanguageChoice() {
    }

    static Language of(String lang) {
        if (lang != null) {
            return Language.fromTag(lang);
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
