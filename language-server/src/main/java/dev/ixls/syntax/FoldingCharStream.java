package dev.ixls.syntax;

import dev.ixls.grammar.IxConfigLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The text of a document as the ANTLR lexer reads it: UTF-16 units, with every unit above ASCII
 * shown to the lexer as {@link #FOLD}. The units are copied into an array once, because the lexer
 * reads each one about three times and {@code String.charAt} costs more than an array read.
 *
 * <p>Why fold: ANTLR's lexer caches DFA edges only for characters up to 127; any other character
 * (a Japanese comment) takes the slow ATN simulation, for every occurrence. The IX grammar treats
 * all non-ASCII characters alike (they are word and comment characters, nothing more), so showing
 * one ASCII character that the grammar treats the same way changes no token and keeps the lexer
 * on its cache. {@link #FOLDS} checks that claim against the generated ATN once, so a grammar
 * change that singles out a non-ASCII character turns folding off instead of lexing wrongly.
 *
 * <p>Token text never comes from here folded: {@link #getText} answers with the original text.
 */
final class FoldingCharStream implements CharStream {

    /** Outside every positive character set of the grammar, inside every negated one. */
    static final char FOLD = '~';

    /** Whether the grammar lexes every non-ASCII UTF-16 unit exactly like {@link #FOLD}. */
    static final boolean FOLDS = grammarTreatsNonAsciiLikeFold(IxConfigLexer._ATN);

    private final String text;
    private final char[] units;
    private final int size;
    private final boolean fold;
    private int p;

    FoldingCharStream(String text) {
        this(text, FOLDS);
    }

    FoldingCharStream(String text, boolean fold) {
        this.text = text;
        this.units = text.toCharArray();
        this.size = units.length;
        this.fold = fold;
    }

    @Override
    public int LA(int i) {
        if (i == 1) { // the lexer asks almost only this
            return p < size ? shown(units[p]) : IntStream.EOF;
        }
        if (i == 0) {
            return 0; // undefined
        }
        int at = i < 0 ? p + i : p + i - 1;
        return at >= 0 && at < size ? shown(units[at]) : IntStream.EOF;
    }

    private int shown(char c) {
        return c < 128 || !fold ? c : FOLD;
    }

    @Override
    public void consume() {
        if (p >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override
    public int mark() {
        return -1; // the whole text is in memory: nothing to hold
    }

    @Override
    public void release(int marker) {
    }

    @Override
    public int index() {
        return p;
    }

    @Override
    public void seek(int index) {
        p = Math.min(index, size);
    }

    @Override
    public int size() {
        return size;
    }

    /** The UTF-16 units of the text, unfolded; callers must not change them. */
    char[] units() {
        return units;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int start = Math.max(0, interval.a);
        int stop = Math.min(interval.b, size - 1);
        return start > stop ? "" : text.substring(start, stop + 1);
    }

    /**
     * Every character set on an ATN transition must either hold all non-ASCII UTF-16 units and
     * {@link #FOLD}, or none of them.
     */
    static boolean grammarTreatsNonAsciiLikeFold(ATN atn) {
        IntervalSet nonAscii = IntervalSet.of(128, 0xFFFF);
        for (ATNState state : atn.states) {
            if (state == null) {
                continue;
            }
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition t = state.transition(i);
                IntervalSet label = t.label();
                if (t.isEpsilon() || label == null) {
                    continue;
                }
                // A negated set's label() is the set before negation; matches() tells the truth.
                boolean foldMatches = t.matches(FOLD, Character.MIN_VALUE, 0xFFFF);
                IntervalSet raw = label.and(nonAscii);
                boolean allNonAscii;
                boolean noNonAscii;
                if (t instanceof org.antlr.v4.runtime.atn.NotSetTransition) {
                    allNonAscii = raw.isNil();
                    noNonAscii = raw.size() == nonAscii.size();
                } else {
                    allNonAscii = raw.size() == nonAscii.size();
                    noNonAscii = raw.isNil();
                }
                if (foldMatches ? !allNonAscii : !noNonAscii) {
                    return false;
                }
            }
        }
        return true;
    }
}
