package dev.ixls.aws;

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

    static String of(String value) {
        if (value == null) {
            return "(nothing)";
        }
        String v = value.strip();
        if (v.isEmpty()) {
            return "(empty)";
        }
        if (v.length() > MAX_SHOWN || KEY_SHAPED.matcher(v).matches() || v.chars().anyMatch(Character::isISOControl)) {
            return "(value not shown)";
        }
        return "'" + v + "'";
    }
}
