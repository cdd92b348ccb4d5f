package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.analysis.TextEdit;
import dev.ixls.service.Formatter;
import java.util.List;

/** Edits checked by what they make of the text, as an editor applies them (all at once, from the end). */
public final class EditAssertions {

    private EditAssertions() {
    }

    public static String apply(String text, List<TextEdit> edits) {
        return Formatter.apply(text, edits);
    }

    /** Applying the edits to {@code before} gives exactly {@code after}. */
    public static void assertEditsGive(String before, List<TextEdit> edits, String after) {
        assertEquals(after, apply(before, edits), () -> "edits " + describe(edits));
    }

    /** The edits, one per line: {@code 3:35-3:36 -> "p1"}. */
    public static String describe(List<TextEdit> edits) {
        StringBuilder sb = new StringBuilder();
        for (TextEdit e : edits) {
            sb.append("\n  ").append(RangeNotation.format(e.range())).append(" -> \"")
                    .append(e.newText().replace("\n", "\\n")).append('"');
        }
        return sb.toString();
    }
}
