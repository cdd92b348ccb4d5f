package dev.ixls.assertions;

import dev.ixls.syntax.Range;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ranges written as editors and {@code ixls check} show them: {@code 7:3-7:12} is line 7,
 * columns 3 to 12, 1-based, the end column just past the last character (so {@code 7:3-7:3} is
 * an empty range before column 3). Rule fixtures and the assertions use this notation.
 */
public final class RangeNotation {

    private static final Pattern RANGE = Pattern.compile("(\\d+):(\\d+)-(\\d+):(\\d+)");

    private RangeNotation() {
    }

    /** {@code "7:3-7:12"} as a 0-based range. */
    public static Range parse(String notation) {
        Matcher m = RANGE.matcher(notation.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a range is LINE:COLUMN-LINE:COLUMN (1-based), not '" + notation + "'");
        }
        int l1 = Integer.parseInt(m.group(1));
        int c1 = Integer.parseInt(m.group(2));
        int l2 = Integer.parseInt(m.group(3));
        int c2 = Integer.parseInt(m.group(4));
        if (l1 < 1 || c1 < 1 || l2 < 1 || c2 < 1) {
            throw new IllegalArgumentException("lines and columns start at 1: '" + notation + "'");
        }
        return Range.of(l1 - 1, c1 - 1, l2 - 1, c2 - 1);
    }

    /** A 0-based range in this notation. */
    public static String format(Range r) {
        return (r.start().line() + 1) + ":" + (r.start().character() + 1) + "-" + (r.end().line() + 1) + ":"
                + (r.end().character() + 1);
    }

    public static boolean isRange(String text) {
        return RANGE.matcher(text.strip()).matches();
    }
}
