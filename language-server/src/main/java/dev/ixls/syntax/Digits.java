package dev.ixls.syntax;

/** Reads a word of decimal digits as a number, without the cost of a regular expression. */
public final class Digits {

    private Digits() {
    }

    /** The value of 1 to {@code maxDigits} ASCII digits, or null for anything else. */
    public static Integer parse(String text, int maxDigits) {
        if (text == null || text.isEmpty() || text.length() > Math.min(maxDigits, 9)) {
            return null;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
