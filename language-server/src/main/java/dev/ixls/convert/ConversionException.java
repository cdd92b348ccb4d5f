package dev.ixls.convert;

import dev.ixls.i18n.LocalizedText;

/**
 * The sample cannot be converted with the options given: a value only the user can supply is
 * missing ({@code --local-asn} for {@code YOUR_BGP_ASN}), or an option contradicts the sample.
 * An {@link IllegalArgumentException} so that callers treating bad options alike need no new case.
 */
public class ConversionException extends IllegalArgumentException {

    private final transient LocalizedText text;

    public ConversionException(LocalizedText text) {
        super(text.en());
        this.text = text;
    }

    public LocalizedText text() {
        return text;
    }
}
