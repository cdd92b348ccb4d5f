package dev.ixls.analysis;

import dev.ixls.model.IxConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;

/** Text edits for fixes, written the way the file already writes its lines. */
public final class Edits {

    private Edits() {
    }

    /** Replaces one word. */
    public static TextEdit replace(Word word, String text) {
        return new TextEdit(word.range(), text);
    }

    /** Adds a line after a statement's line, indented like {@code indentLike}'s line. */
    public static TextEdit insertAfter(IxConfig config, Statement after, String line, ConfigLine indentLike) {
        ConfigLine l = after.line();
        String indent = indentLike.text().substring(0, indentLike.indent());
        int end = l.text().length();
        return new TextEdit(Range.onLine(l.index(), end, end), lineBreak(config) + indent + line);
    }

    /** Adds a top-level line after a statement's line. */
    public static TextEdit insertTopLevelAfter(IxConfig config, Statement after, String line) {
        ConfigLine l = after.line();
        int end = l.text().length();
        return new TextEdit(Range.onLine(l.index(), end, end), lineBreak(config) + line);
    }

    /**
     * Adds member lines at the top of a block, indented like the block's first member (two
     * spaces more than the opener when the block has none yet, as device output does).
     */
    public static TextEdit insertIntoBlock(IxConfig config, Statement opener, String... lines) {
        String indent = opener.line().text().substring(0, opener.line().indent()) + "  ";
        for (Statement child : opener.children()) {
            if (child.placement() != Placement.UNKNOWN) {
                indent = child.line().text().substring(0, child.line().indent());
                break;
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(lineBreak(config)).append(indent).append(line);
        }
        int end = opener.line().text().length();
        return new TextEdit(Range.onLine(opener.line().index(), end, end), text.toString());
    }

    /** Replaces a whole statement's words, keeping its indentation. */
    public static TextEdit replaceStatement(Statement s, String text) {
        return new TextEdit(s.range(), text);
    }

    private static String lineBreak(IxConfig config) {
        return config.parsed().source().text().contains("\r\n") ? "\r\n" : "\n";
    }
}
