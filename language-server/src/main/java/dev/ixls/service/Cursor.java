package dev.ixls.service;

import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLexer;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.SourceText;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a cursor stands in a config: the words typed before it on its line, the word being typed,
 * and the blocks open at that line (innermost first). Positions outside the text are clamped.
 *
 * @param position the clamped position
 * @param typed complete words before the cursor
 * @param partial the part of the word under the cursor that stands before it ("" after a space)
 * @param partialRange the range the word under the cursor covers up to the cursor
 * @param openers the block-opening statements in force at the line, innermost first
 * @param comment true when the cursor stands in a comment
 */
record Cursor(Position position, List<Word> typed, String partial, Range partialRange, List<Statement> openers,
        boolean comment, int indent) {

    static Cursor at(ParsedConfig parsed, Position requested) {
        SourceText source = parsed.source();
        Position p = clamp(source, requested);
        String line = source.line(p.line());
        String before = line.substring(0, p.character());
        int start = before.length();
        while (start > 0 && !isSpace(before.charAt(start - 1))) {
            start--;
        }
        String partial = before.substring(start);
        List<Word> typed = new ArrayList<>();
        boolean comment = false;
        String head = before.substring(0, start);
        boolean blank = head.chars().allMatch(c -> isSpace((char) c));
        if (!blank || partial.startsWith("!")) {
            ConfigLine lexed = ConfigLexer.lex(new SourceText(blank ? partial : head)).get(0);
            comment = lexed.kind() == LineKind.COMMENT;
            if (!blank) {
                for (Word w : lexed.words()) {
                    typed.add(new Word(w.text(), w.kind(), p.line(), w.start(), w.end()));
                }
            }
        }
        int indent = 0;
        while (indent < line.length() && isSpace(line.charAt(indent))) {
            indent++;
        }
        return new Cursor(p, List.copyOf(typed), partial, Range.onLine(p.line(), start, p.character()),
                openersAt(parsed, p.line()), comment, indent);
    }

    /** White space as the IX lexer sees it: a full-width space is part of a word. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B';
    }

    static Position clamp(SourceText source, Position p) {
        return source.positionAt(source.offsetAt(p));
    }

    /** The blocks open for a line, judged from the command lines above it. */
    static List<Statement> openersAt(ParsedConfig parsed, int line) {
        Statement previous = null;
        for (int l = line - 1; l >= 0 && previous == null; l--) {
            previous = parsed.statementAt(l);
        }
        List<Statement> out = new ArrayList<>();
        if (previous == null) {
            return out;
        }
        Statement from;
        if (previous.placement() == Placement.EXIT) {
            if (previous.line().words().get(0).text().equals("end")) {
                return out;
            }
            from = previous.parent() == null ? null : previous.parent().parent();
        } else if (opensBlock(previous)) {
            from = previous;
        } else {
            from = previous.parent();
        }
        for (Statement s = from; s != null; s = s.parent()) {
            out.add(s);
        }
        return out;
    }

    static boolean opensBlock(Statement s) {
        return s.placement() == Placement.IN_BLOCK && s.match() != null && s.match().command().opens() != null
                && !s.negated();
    }

    /** The block kinds open at the cursor, innermost first, ending with {@code global}. */
    List<String> contexts() {
        List<String> out = new ArrayList<>();
        for (Statement s : openers) {
            out.add(s.match().command().opens());
        }
        out.add("global");
        return out;
    }
}
