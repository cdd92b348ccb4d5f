package dev.ixls.convert;

import dev.ixls.i18n.LocalizedText;

/**
 * One thing the converter tells the user besides the config: a fact of the sample it did not
 * carry (and why), or a choice it made. Never holds a pre-shared key.
 */
public record ConversionNote(Level level, LocalizedText text) {

    public enum Level {
        /** A choice or a mapping the user may want to know of. */
        INFO,
        /** Something the config lacks or the user must change before it works. */
        WARNING
    }
}
