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

    @Override
    public String toString() {
        return en;
    }
}
