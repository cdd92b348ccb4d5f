package dev.ixls.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * One token object that the lexer refills for every token, in place of a new CommonToken each
 * time. This is safe because {@link ConfigLexer} reads each token before asking for the next and
 * keeps none; it takes word text from the source itself, so the token holds no text either.
 */
final class ReusedToken implements Token, TokenFactory<Token> {

    private int type;
    private int channel;
    private int start;
    private int stop;
    private int line;
    private int column;

    @Override
    public Token create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
            int stop, int line, int charPositionInLine) {
        this.type = type;
        this.channel = channel;
        this.start = start;
        this.stop = stop;
        this.line = line;
        this.column = charPositionInLine;
        return this;
    }

    @Override
    public Token create(int type, String text) {
        return create(null, type, text, DEFAULT_CHANNEL, -1, -1, 0, -1);
    }

    /** Not kept: read the source between {@link #getStartIndex()} and {@link #getStopIndex()}. */
    @Override
    public String getText() {
        return null;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public int getCharPositionInLine() {
        return column;
    }

    @Override
    public int getChannel() {
        return channel;
    }

    @Override
    public int getTokenIndex() {
        return -1;
    }

    @Override
    public int getStartIndex() {
        return start;
    }

    @Override
    public int getStopIndex() {
        return stop;
    }

    @Override
    public TokenSource getTokenSource() {
        return null;
    }

    @Override
    public CharStream getInputStream() {
        return null;
    }
}
