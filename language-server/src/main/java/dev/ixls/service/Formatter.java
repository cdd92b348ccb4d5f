package dev.ixls.service;

import dev.ixls.analysis.TextEdit;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;

/**
 * Canonical indentation: two spaces per block level, as the router shows its config. Only white
 * space before the first visible character and after the last one changes: never a word, never a
 * comment. Formatting a formatted config changes nothing.
 */
public final class Formatter {

    public static final int INDENT = 2;

    private Formatter() {
    }

    /** Edits for the whole document. */
    public static List<TextEdit> format(ParsedConfig parsed) {
        return format(parsed, 0, parsed.lines().size() - 1);
    }

    /** Edits for the lines {@code firstLine..lastLine} (inclusive); the depths still come from the whole document. */
    public static List<TextEdit> format(ParsedConfig parsed, int firstLine, int lastLine) {
        List<ConfigLine> lines = parsed.lines();
        int[] depths = parsed.depths();
        int[] commentDepth = commentDepths(lines, depths);
        List<TextEdit> edits = new ArrayList<>();
        int from = Math.max(0, firstLine);
        int to = Math.min(lines.size() - 1, lastLine);
        for (int i = from; i <= to; i++) {
            ConfigLine line = lines.get(i);
            String text = line.text();
            int lead = leadingWhitespace(text);
            int end = trailingStart(text);
            String wanted;
            switch (line.kind()) {
                case COMMAND -> wanted = " ".repeat(INDENT * depths[i]);
                case COMMENT -> wanted = " ".repeat(INDENT * commentDepth[i]);
                case BLANK -> wanted = "";
                default -> {
                    continue; // prompts, device messages and headers are left as pasted
                }
            }
            if (line.kind() == LineKind.BLANK) {
                if (!text.isEmpty()) {
                    edits.add(new TextEdit(Range.onLine(i, 0, text.length()), ""));
                }
                continue;
            }
            if (end < text.length()) {
                edits.add(new TextEdit(Range.onLine(i, end, text.length()), ""));
            }
            if (!text.substring(0, lead).equals(wanted)) {
                edits.add(new TextEdit(Range.onLine(i, 0, lead), wanted));
            }
        }
        // Edits go back to front so that clients applying them one by one need no offset arithmetic.
        edits.sort((a, b) -> b.range().start().compareTo(a.range().start()));
        return edits;
    }

    /** A comment belongs with the command after it: it takes that command's depth (0 at the end). */
    private static int[] commentDepths(List<ConfigLine> lines, int[] depths) {
        int[] out = new int[lines.size()];
        int next = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).kind() == LineKind.COMMAND) {
                next = depths[i];
            }
            out[i] = next;
        }
        return out;
    }

    private static int leadingWhitespace(String text) {
        int i = 0;
        while (i < text.length() && Cursor.isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingStart(String text) {
        int end = text.length();
        while (end > 0 && Cursor.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Applies edits to a text (for tests and for callers that want the result rather than the edits). */
    public static String apply(String text, List<TextEdit> edits) {
        dev.ixls.syntax.SourceText source = new dev.ixls.syntax.SourceText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort((a, b) -> b.range().start().compareTo(a.range().start()));
        StringBuilder sb = new StringBuilder(text);
        for (TextEdit e : sorted) {
            sb.replace(source.offsetAt(e.range().start()), source.offsetAt(e.range().end()), e.newText());
        }
        return sb.toString();
    }
}
