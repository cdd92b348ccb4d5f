package dev.ixls.aws;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;

/**
 * The input is not an AWS VPN configuration ixls can read, or is incomplete. It words itself in
 * either language ({@link #message(Language)}); {@link #getMessage()} is the English, for logs.
 */
public class SampleFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient LocalizedText text;

    /** A problem worded from the message catalogs ({@code Messages.text("aws.…", …)}). */
    public SampleFormatException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    /** The problem in both languages, to fill a larger message (a wrapping problem, a diagnostic). */
    public LocalizedText text() {
        return text;
    }

    /** The problem in one language, for a user. */
    public String message(Language language) {
        return text.get(language);
    }
}
