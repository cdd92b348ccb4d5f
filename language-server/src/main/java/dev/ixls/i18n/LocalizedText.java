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

    /** Texts joined in each language, with a separator of that language's own ({@code "; "} and {@code "。"}). */
    public static LocalizedText joined(java.util.List<LocalizedText> parts, String enSeparator, String jaSeparator) {
        return new LocalizedText(String.join(enSeparator, parts.stream().map(LocalizedText::en).toList()),
                String.join(jaSeparator, parts.stream().map(LocalizedText::ja).toList()));
    }

    public String get(Language language) {
        return language == Language.JA ? ja : en;
    }

    @Override
    public String toString() {
        return en;
    }
}
