package dev.ixls.convert;

import dev.ixls.i18n.Messages;

/**
 * The sample routes with BGP but shows a placeholder (AWS's documented {@code YOUR_BGP_ASN}) where
 * this router's AS number belongs, and no ASN was given: only the user knows it. Its own type so
 * that an editor can ask for the number and try again instead of showing a dead end.
 */
public final class LocalAsnNeeded extends ConversionException {

    private final String placeholder;

    public LocalAsnNeeded(String placeholder) {
        super(Messages.text("convert.needLocalAsn", "placeholder", placeholder));
        this.placeholder = placeholder;
    }

    /** The sample's text in the ASN's place, as shown. */
    public String placeholder() {
        return placeholder;
    }
}
