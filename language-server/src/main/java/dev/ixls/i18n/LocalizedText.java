package dev.ixls.i18n;

import java.util.Objects;

/** A text a user reads, in English and Japanese. */
public record LocalizedText(String en, String ja) {

    public LocalizedText {
        Objects.requireNonNull(en);
        Objects.requireNonNull(ja);
    }

    public static LocalizedText of(String en, String ja) {
        return new LocalizedText(en, ja);
    }

    public String get(Language language) {
        return language == Language.JA ? ja : en;
    }

    /** Fills {@code {0}}, {@code {1}}, ... in both languages with the same arguments. */
    public LocalizedText format(Object... args) {
        return new LocalizedText(fill(en, args), fill(ja, args));
    }

    private static String fill(String template, Object[] args) {
        String out = template;
        for (int i = 0; i < args.length; i++) {
            out = out.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return out;
    }

    @Override
    public String toString() {
        return en;
    }
}
