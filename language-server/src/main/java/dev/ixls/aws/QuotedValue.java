package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.regex.Pattern;

/**
 * Quotes a value read from a sample for an error message, unless it could be a pre-shared key.
 * Readers never know for sure that a misplaced value is not a key, so anything shaped like one
 * (8 to 64 characters of letters, digits, {@code .} and {@code _}, AWS's key alphabet) is
 * withheld, as is anything long or with control characters.
 */
final class QuotedValue {

    private static final Pattern KEY_SHAPED = Pattern.compile("[A-Za-z0-9._]{8,64}");
    private static final int MAX_SHOWN = 40;

    private QuotedValue() {
    }

    static LocalizedText of(String value) {
        if (value == null) {
            return Messages.text("aws.value.nothing");
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return Messages.text("aws.value.empty");
        }
        return mayBeShown(v) ? Messages.text("aws.value.quoted", "value", v) : Messages.text("aws.value.notShown");
    }

    /**
     * A name the sample gives (interface, profile, keyring, policy number, element, connection ID)
     * as is, unless it could be a key: names are shown unquoted.
     */
    static LocalizedText name(String name) {
        if (name == null) {
            return Messages.text("aws.name.none");
        }
        String n = name.strip();
        return mayBeShown(n) ? new LocalizedText(n, n) : Messages.text("aws.name.notShown");
    }

    private static boolean mayBeShown(String v) {
        return v.length() <= MAX_SHOWN && !KEY_SHAPED.matcher(v).matches()
                && v.chars().noneMatch(Character::isISOControl);
    }
}
