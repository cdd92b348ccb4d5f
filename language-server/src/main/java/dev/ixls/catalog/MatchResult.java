package dev.ixls.catalog;

import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The best way a line's words fit one command.
 *
 * <p>A value class with the accessors, equality and text of the record it once was. Every placed
 * line holds its result for the whole analysis, so the bindings are kept as one array of
 * (argument, word) pairs rather than a {@link Binding} object each: {@link #argAt}, {@link #wordAt}
 * and the by-name lookups read it directly, and {@link #bindings()} makes Binding objects on demand.
 *
 * <p>Components: {@code consumed} is how many words matched; {@code expectedElements}, for
 * {@link MatchStatus#MISSING} and {@link MatchStatus#MISMATCH}, what the syntax wanted at word
 * {@code consumed}; {@code unknownKeywords} how many bound keywords are not in their argument's
 * keyword set (counted once here: the parser and several rules ask for every line).
 */
public final class MatchResult {

    static final Object[] NO_PAIRS = new Object[0];

    private final CommandSpec command;
    private final MatchStatus status;
    /** Binding {@code i} is argument {@code pairs[2i]} ({@link Element.Arg}) bound to word {@code pairs[2i+1]}. */
    private final Object[] pairs;
    private final int consumed;
    private final int score;
    private final List<Element> expectedElements;
    private final int unknownKeywords;

    public MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
            List<Element> expectedElements, int unknownKeywords) {
        this(command, status, pairsOf(bindings), consumed, score, expectedElements, unknownKeywords);
    }

    public MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
            List<Element> expectedElements) {
        this(command, status, pairsOf(bindings), consumed, score, expectedElements);
    }

    /** Takes {@code pairs} as it is: the caller hands the array over and keeps no reference. */
    MatchResult(CommandSpec command, MatchStatus status, Object[] pairs, int consumed, int score,
            List<Element> expectedElements) {
        this(command, status, pairs, consumed, score, expectedElements, countUnknownKeywords(pairs));
    }

    /** As above, with the unknown keywords already counted. */
    MatchResult(CommandSpec command, MatchStatus status, Object[] pairs, int consumed, int score,
            List<Element> expectedElements, int unknownKeywords) {
        this.command = command;
        this.status = status;
        this.pairs = pairs.length == 0 ? NO_PAIRS : pairs;
        this.consumed = consumed;
        this.score = score;
        this.expectedElements = expectedElements;
        this.unknownKeywords = unknownKeywords;
    }

    private static Object[] pairsOf(List<Binding> bindings) {
        Object[] pairs = new Object[2 * bindings.size()];
        for (int i = 0; i < bindings.size(); i++) {
            pairs[2 * i] = bindings.get(i).arg();
            pairs[2 * i + 1] = bindings.get(i).word();
        }
        return pairs;
    }

    private static int countUnknownKeywords(Object[] pairs) {
        int n = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            if (((Element.Arg) pairs[i]).type() instanceof ArgType.Keyword k
                    && !k.contains(((Word) pairs[i + 1]).text())) {
                n++;
            }
        }
        return n;
    }

    public CommandSpec command() {
        return command;
    }

    public MatchStatus status() {
        return status;
    }

    /**
     * Every binding in word order, as a read-only view whose elements are made as they are read:
     * {@link #argAt} and {@link #wordAt} read the same without objects.
     */
    public List<Binding> bindings() {
        return pairs.length == 0 ? List.of() : new BindingList(pairs);
    }

    /** How many words are bound: with {@link #argAt} and {@link #wordAt}, the bindings without objects. */
    public int bindingCount() {
        return pairs.length >> 1;
    }

    /** Binding {@code index}, made on demand. */
    public Binding binding(int index) {
        return new Binding(argAt(index), wordAt(index));
    }

    /** The argument of binding {@code index}. */
    public Element.Arg argAt(int index) {
        Objects.checkIndex(index, bindingCount());
        return (Element.Arg) pairs[2 * index];
    }

    /** The word of binding {@code index}. */
    public Word wordAt(int index) {
        Objects.checkIndex(index, bindingCount());
        return (Word) pairs[2 * index + 1];
    }

    public int consumed() {
        return consumed;
    }

    public int score() {
        return score;
    }

    public List<Element> expectedElements() {
        return expectedElements;
    }

    public int unknownKeywords() {
        return unknownKeywords;
    }

    /** What the syntax wanted, as a user reads it: {@code [hash]} or {@code [A.B.C.D, any]}. */
    public List<String> expected() {
        return CommandMatcher.describe(expectedElements);
    }

    /** Every binding of an argument, in word order (a repeated or text argument binds several). */
    public List<Binding> all(String argName) {
        List<Binding> out = null;
        for (int i = 0; i < pairs.length; i += 2) {
            if (sameName(((Element.Arg) pairs[i]).name(), argName)) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add(new Binding((Element.Arg) pairs[i], (Word) pairs[i + 1]));
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    /** The words of every binding of an argument, in word order. */
    public List<Word> allWords(String argName) {
        List<Word> out = null;
        for (int i = 0; i < pairs.length; i += 2) {
            if (sameName(((Element.Arg) pairs[i]).name(), argName)) {
                if (out == null) {
                    out = new ArrayList<>(4);
                }
                out.add((Word) pairs[i + 1]);
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    public Binding first(String argName) {
        int at = indexOf(argName);
        return at < 0 ? null : new Binding((Element.Arg) pairs[at], (Word) pairs[at + 1]);
    }

    /** The word first bound to an argument, or null: {@link #first} without a Binding. */
    public Word word(String argName) {
        int at = indexOf(argName);
        return at < 0 ? null : (Word) pairs[at + 1];
    }

    /** Where the argument's first pair starts in {@link #pairs}, or -1. */
    private int indexOf(String argName) {
        for (int i = 0; i < pairs.length; i += 2) { // the model reads every argument this way
            if (sameName(((Element.Arg) pairs[i]).name(), argName)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Catalog names are interned, so a name written in code usually matches on identity; a miss
     * is mostly told by the cached hash codes, without comparing characters.
     */
    private static boolean sameName(String name, String argName) {
        return name == argName || argName != null && name.hashCode() == argName.hashCode() && name.equals(argName);
    }

    public String text(String argName) {
        Word w = word(argName);
        return w == null ? null : w.text();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MatchResult m && consumed == m.consumed && score == m.score
                && unknownKeywords == m.unknownKeywords && Objects.equals(command, m.command) && status == m.status
                && Arrays.equals(pairs, m.pairs) && Objects.equals(expectedElements, m.expectedElements);
    }

    @Override
    public int hashCode() {
        return Objects.hash(command, status, bindings(), consumed, score, expectedElements, unknownKeywords);
    }

    @Override
    public String toString() {
        return "MatchResult[command=" + command + ", status=" + status + ", bindings=" + bindings() + ", consumed="
                + consumed + ", score=" + score + ", expectedElements=" + expectedElements + ", unknownKeywords="
                + unknownKeywords + "]";
    }
}
