package dev.ixls.syntax;

import java.util.List;

/**
 * One physical line of an IX config, as the lexer saw it. Command words keep their exact source
 * columns so that every later layer can point back into the text.
 */
public final class ConfigLine {

    private final int index;
    private final LineKind kind;
    private final String text;
    private final List<Word> words;
    private final int indent;
    private final int contentStart;

    public ConfigLine(int index, LineKind kind, String text, List<Word> words, int indent, int contentStart) {
        this.index = index;
        this.kind = kind;
        this.text = text;
        this.words = words;
        this.indent = indent;
        this.contentStart = contentStart;
    }

    /** Zero-based line number. */
    public int index() {
        return index;
    }

    public LineKind kind() {
        return kind;
    }

    /** The line's text without its line terminator. */
    public String text() {
        return text;
    }

    /** The command words (empty unless {@link LineKind#COMMAND}); a prompt is not a word. */
    public List<Word> words() {
        return words;
    }

    /** Width of the leading white space, in UTF-16 units (a tab counts as one). */
    public int indent() {
        return indent;
    }

    /** Column of the first visible character (the prompt, the {@code !} or the first word). */
    public int contentStart() {
        return contentStart;
    }

    public Range range() {
        return Range.onLine(index, 0, text.length());
    }

    /** The range from the first word to the last, or the visible content of a non-command line. */
    public Range contentRange() {
        if (!words.isEmpty()) {
            return Range.onLine(index, words.get(0).start(), words.get(words.size() - 1).end());
        }
        return Range.onLine(index, contentStart, text.stripTrailing().length());
    }

    public Word word(int i) {
        return i < words.size() ? words.get(i) : null;
    }

    @Override
    public String toString() {
        return (index + 1) + ":" + kind;
    }
}
