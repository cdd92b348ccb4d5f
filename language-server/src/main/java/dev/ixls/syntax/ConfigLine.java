package dev.ixls.syntax;

import java.util.List;

/**
 * One physical line of an IX config, as the lexer saw it. Command words keep their exact source
 * columns so that every later layer can point back into the text.
 */
public final class ConfigLine {

    private final int index;
    private final LineKind kind;
    /** The document's text, or null when {@link #text} was given. */
    private final String source;
    private final int start;
    private final int length;
    /** Cut from the source on first use: most lines are never read as a whole. */
    private String text;
    private final List<Word> words;
    private final int indent;
    private final int contentStart;

    public ConfigLine(int index, LineKind kind, String text, List<Word> words, int indent, int contentStart) {
        this(index, kind, null, 0, text.length(), text, words, indent, contentStart);
    }

    /** A line that stands at {@code start} of {@code source}, {@code length} UTF-16 units long. */
    ConfigLine(int index, LineKind kind, String source, int start, int length, List<Word> words, int indent,
            int contentStart) {
        this(index, kind, source, start, length, null, words, indent, contentStart);
    }

    private ConfigLine(int index, LineKind kind, String source, int start, int length, String text, List<Word> words,
            int indent, int contentStart) {
        this.index = index;
        this.kind = kind;
        this.source = source;
        this.start = start;
        this.length = length;
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
        String t = text;
        if (t == null) {
            // A race here only cuts the same String twice: Strings are safe to publish so.
            t = source.substring(start, start + length);
            text = t;
        }
        return t;
    }

    /** The length of {@link #text()}, without cutting the text. */
    public int length() {
        return length;
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
        return Range.onLine(index, 0, length);
    }

    /** The range from the first word to the last, or the visible content of a non-command line. */
    public Range contentRange() {
        if (!words.isEmpty()) {
            return Range.onLine(index, words.get(0).start(), words.get(words.size() - 1).end());
        }
        return Range.onLine(index, contentStart, lengthWithoutTrailingSpace());
    }

    /** {@code text().stripTrailing().length()}, without cutting the text. */
    private int lengthWithoutTrailingSpace() {
        String t = text;
        if (t != null) {
            return t.stripTrailing().length();
        }
        int end = start + length;
        // White space is all in the BMP, so testing UTF-16 units one by one is the same as stripTrailing.
        while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
            end--;
        }
        return end - start;
    }

    public Word word(int i) {
        return i < words.size() ? words.get(i) : null;
    }

    @Override
    public String toString() {
        return (index + 1) + ":" + kind;
    }
}
