package dev.ixls.i18n;

import java.util.Locale;

/** The two languages every user-facing text of ixls comes in. */
public enum Language {
    EN,
    JA;

    /** Japanese for any tag that starts with {@code ja} ({@code ja}, {@code ja-JP}), English otherwise. */
    public static Language fromTag(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("ja") ? JA : EN;
    }
}
