package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.ATNType;
import org.antlr.v4.runtime.atn.AtomTransition;
import org.antlr.v4.runtime.atn.BasicState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RangeTransition;
import org.antlr.v4.runtime.atn.SetTransition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.atn.Transition;
import org.junit.jupiter.api.Test;

class FoldingCharStreamTest {

    @Test
    void theIxGrammarTreatsEveryNonAsciiCharacterAlike() {
        // If this fails, the grammar singles out a non-ASCII character: lexing stays correct
        // (folding turns itself off) but Japanese text takes ANTLR's slow path again.
        assertTrue(FoldingCharStream.FOLDS);
    }

    @Test
    void showsNonAsciiAsTheFoldCharacterButGivesTheOriginalText() {
        FoldingCharStream in = new FoldingCharStream("a日\u00E9", true);
        assertEquals('a', in.LA(1));
        assertEquals(FoldingCharStream.FOLD, in.LA(2));
        in.consume();
        assertEquals(FoldingCharStream.FOLD, in.LA(2));
        assertEquals('a', in.LA(-1));
        in.consume();
        in.consume();
        assertEquals(IntStream.EOF, in.LA(1));
        assertEquals("日\u00E9", in.getText(Interval.of(1, 2)));
        assertEquals('日', new FoldingCharStream("日", false).LA(1));
    }

    @Test
    void refusesGrammarsThatTellNonAsciiCharactersApart() {
        assertTrue(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new NotSetTransition(to, IntervalSet.of('\n')))));
        assertTrue(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new AtomTransition(to, 'a'))));
        assertTrue(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new RangeTransition(to, 0x7E, 0x10FFFF))));
        // An accented letter, a range that starts above ASCII, a negated set with a non-ASCII hole,
        // and a set that holds the fold character but no non-ASCII one.
        assertFalse(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new AtomTransition(to, 0xE9))));
        assertFalse(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new RangeTransition(to, 0x3000, 0x30FF))));
        assertFalse(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new NotSetTransition(to, IntervalSet.of(0x3000)))));
        assertFalse(FoldingCharStream.grammarTreatsNonAsciiLikeFold(oneTransition(
                to -> new SetTransition(to, IntervalSet.of(FoldingCharStream.FOLD)))));
    }

    private static ATN oneTransition(java.util.function.Function<ATNState, Transition> transition) {
        ATN atn = new ATN(ATNType.LEXER, 1);
        ATNState from = new BasicState();
        ATNState to = new BasicState();
        atn.addState(from);
        atn.addState(to);
        from.addTransition(transition.apply(to));
        return atn;
    }
}
