package dev.ixls.syntax;

import dev.ixls.grammar.IxConfigLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Splits an IX config into {@link ConfigLine}s with the ANTLR lexer generated from
 * {@code grammars/.../IxConfigLexer.g4}. The lexer never fails, so every input (half a file,
 * binary junk) yields lines.
 *
 * <p>The lexer reads the text through a {@link FoldingCharStream} (UTF-16 units, which are exactly
 * the columns LSP wants) and fills one {@link ReusedToken}: each token is read at once, and word
 * text is cut from the source itself.
 */
public final class ConfigLexer {

    private ConfigLexer() {
    }

    public static List<ConfigLine> lex(SourceText source) {
        String text = source.text();
        FoldingCharStream input = new FoldingCharStream(text);
        WordTexts wordTexts = new WordTexts(text, input.units());
        IxConfigLexer lexer = new IxConfigLexer(input);
        lexer.removeErrorListeners();
        lexer.setTokenFactory(new ReusedToken());

        List<ConfigLine> lines = new ArrayList<>(source.lineCount());
        List<Word> words = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        int contentStart = -1;
        LineKind kind = LineKind.BLANK;

        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == Token.EOF || type == IxConfigLexer.NEWLINE || type == IxConfigLexer.IN_LINE_NEWLINE) {
                if (type == Token.EOF && line < source.lineCount() - 1) {
                    // Cannot happen with a well-formed SourceText; guard against drift anyway.
                    line = source.lineCount() - 1;
                }
                int start = source.lineStart(line);
                int length = source.lineEnd(line) - start;
                if (kind == LineKind.COMMAND) {
                    // A prompt is not a word: the first word starts after it.
                    kind = ConsoleText.classify(kind, words, words.get(0).start() > contentStart);
                    if (kind != LineKind.COMMAND) {
                        words.clear();
                    }
                }
                List<Word> lineWords = words.isEmpty() ? List.of() : List.copyOf(words);
                lines.add(new ConfigLine(line, kind, text, start, length, lineWords, indentOf(text, start, start + length),
                        contentStart < 0 ? length : contentStart));
                if (type == Token.EOF) {
                    break;
                }
                line++;
                lineStart = t.getStopIndex() + 1;
                words.clear();
                contentStart = -1;
                kind = LineKind.BLANK;
                continue;
            }
            if (type == IxConfigLexer.SPACE || type == IxConfigLexer.LEADING_SPACE) {
                continue; // only words have columns; the indent is read off the line below
            }
            int column = t.getStartIndex() - lineStart;
            switch (type) {
                case IxConfigLexer.COMMENT -> {
                    kind = LineKind.COMMENT;
                    contentStart = column;
                }
                case IxConfigLexer.DEVICE_MESSAGE -> {
                    kind = LineKind.DEVICE_MESSAGE;
                    contentStart = column;
                }
                case IxConfigLexer.PROMPT -> {
                    kind = LineKind.PROMPT;
                    contentStart = column;
                }
                default -> {
                    if (contentStart < 0) {
                        contentStart = column;
                    }
                    kind = LineKind.COMMAND;
                    int stop = t.getStopIndex() + 1;
                    words.add(new Word(wordTexts.of(t.getStartIndex(), stop), kindOf(type), line, column,
                            stop - lineStart));
                }
            }
        }
        return lines;
    }

    /** More changed lines than this (a paste, a formatting) and the whole text is lexed at once. */
    static final int MAX_LINES_ALONE = 64;

    /**
     * Lexes a new version of a document from the lines of an earlier version (an editor's next
     * version after a keystroke): when both have as many lines, a line whose text did not change
     * keeps its words, and only the lines that changed are lexed, each alone. That gives the same
     * lines as lexing the whole text, since every line starts in the lexer's default mode and no
     * token spans a line break ({@code ConfigLexerIncrementalTest}). Otherwise the whole text is
     * lexed.
     *
     * @param previousSource the earlier version's text, or null
     * @param previous its lines, as {@link #lex(SourceText)} gave them
     */
    public static List<ConfigLine> lex(SourceText source, SourceText previousSource, List<ConfigLine> previous) {
        int count = source.lineCount();
        if (previous == null || previousSource == null || previous.size() != count
                || previousSource.lineCount() != count) {
            return lex(source);
        }
        String text = source.text();
        String old = previousSource.text();
        List<ConfigLine> lines = new ArrayList<>(count);
        int alone = 0;
        for (int i = 0; i < count; i++) {
            int start = source.lineStart(i);
            int length = source.lineEnd(i) - start;
            int oldStart = previousSource.lineStart(i);
            ConfigLine was = previous.get(i);
            if (length == previousSource.lineEnd(i) - oldStart && text.regionMatches(start, old, oldStart, length)) {
                lines.add(new ConfigLine(i, was.kind(), text, start, length, was.words(), was.indent(),
                        was.contentStart()));
            } else if (++alone > MAX_LINES_ALONE) {
                return lex(source);
            } else {
                lines.add(alone(text, start, length, i));
            }
        }
        return lines;
    }

    /** One line of {@code text} lexed on its own, as line {@code index}. */
    private static ConfigLine alone(String text, int start, int length, int index) {
        ConfigLine l = lex(new SourceText(text.substring(start, start + length))).get(0);
        List<Word> words = new ArrayList<>(l.words().size());
        for (Word w : l.words()) {
            words.add(new Word(w.text(), w.kind(), index, w.start(), w.end()));
        }
        return new ConfigLine(index, l.kind(), text, start, length, words.isEmpty() ? List.of() : List.copyOf(words),
                l.indent(), l.contentStart());
    }

    /** The width of the white space that starts a line. */
    private static int indentOf(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
                break;
            }
            i++;
        }
        return i - start;
    }

    private static WordKind kindOf(int tokenType) {
        return switch (tokenType) {
            case IxConfigLexer.IPV4, IxConfigLexer.FIRST_IPV4 -> WordKind.IPV4;
            case IxConfigLexer.IPV4_PREFIX, IxConfigLexer.FIRST_IPV4_PREFIX -> WordKind.IPV4_PREFIX;
            case IxConfigLexer.NUMBER, IxConfigLexer.FIRST_NUMBER -> WordKind.NUMBER;
            default -> WordKind.WORD;
        };
    }
}
