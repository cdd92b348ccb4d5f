package dev.ixls.syntax;

import dev.ixls.grammar.IxConfigLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.Token;

/**
 * Splits an IX config into {@link ConfigLine}s with the ANTLR lexer generated from
 * {@code grammars/.../IxConfigLexer.g4}. The lexer never fails, so every input (half a file,
 * binary junk) yields lines.
 */
public final class ConfigLexer {

    private ConfigLexer() {
    }

    public static List<ConfigLine> lex(SourceText source) {
        // ANTLRInputStream indexes UTF-16 units, which are exactly the columns LSP wants.
        @SuppressWarnings("deprecation")
        ANTLRInputStream input = new ANTLRInputStream(source.text());
        IxConfigLexer lexer = new IxConfigLexer(input);
        lexer.removeErrorListeners();

        List<ConfigLine> lines = new ArrayList<>(source.lineCount());
        List<Word> words = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        int contentStart = -1;
        LineKind kind = LineKind.BLANK;
        boolean sawCommandLine = false;

        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == Token.EOF || type == IxConfigLexer.NEWLINE) {
                if (type == Token.EOF && line < source.lineCount() - 1) {
                    // Cannot happen with a well-formed SourceText; guard against drift anyway.
                    line = source.lineCount() - 1;
                }
                String text = source.line(line);
                if (kind == LineKind.COMMAND && !sawCommandLine && isHeader(words)) {
                    kind = LineKind.HEADER;
                    words.clear();
                }
                if (kind == LineKind.COMMAND) {
                    sawCommandLine = true;
                }
                lines.add(new ConfigLine(line, kind, text, words.isEmpty() ? List.of() : List.copyOf(words),
                        indentOf(text), contentStart < 0 ? text.length() : contentStart));
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
                    int end = t.getStopIndex() - lineStart + 1;
                    words.add(new Word(t.getText(), kindOf(type), line, column, end));
                }
            }
        }
        return lines;
    }

    /** White space is skipped by the lexer; the indent is read off the line itself. */
    private static int indentOf(String text) {
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f' && c != '\u000B') {
                break;
            }
            i++;
        }
        return i;
    }

    private static WordKind kindOf(int tokenType) {
        return switch (tokenType) {
            case IxConfigLexer.IPV4 -> WordKind.IPV4;
            case IxConfigLexer.IPV4_PREFIX -> WordKind.IPV4_PREFIX;
            case IxConfigLexer.NUMBER -> WordKind.NUMBER;
            default -> WordKind.WORD;
        };
    }

    /** {@code Using 1234 out of 524288 bytes}: the first line of {@code show running-config}. */
    private static boolean isHeader(List<Word> words) {
        return words.size() == 6 && words.get(0).text().equals("Using") && words.get(2).text().equals("out")
                && words.get(3).text().equals("of") && words.get(5).text().equals("bytes");
    }
}
