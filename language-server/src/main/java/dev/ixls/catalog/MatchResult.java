package dev.ixls.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The best way a line's words fit one command.
 *
 * <p>A value class with the accessors, equality and text of the record it once was. It keeps its
 * bindings in an array of its own rather than a list: every placed line holds its result for the
 * whole analysis, and the model reads the arguments by name, so no list object per result.
 *
 * <p>Components: {@code consumed} is how many words matched; {@code expectedElements}, for
 * {@link MatchStatus#MISSING} and {@link MatchStatus#MISMATCH}, what the syntax wanted at word
 * {@code consumed}; {@code unknownKeywords} how many bound keywords are not in their argument's
 * keyword set (counted once here: the parser and several rules ask for every line).
 */
public final class MatchResult {

    static final Binding[] NO_BINDINGS = new Binding[0];

    private final CommandSpec command;
    private final MatchStatus status;
    private final Binding[] bindings;
    private final int consumed;
    private final int score;
    private final List<Element> expectedElements;
    private final int unknownKeywords;

    public MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
            List<Element> expectedElements, int unknownKeywords) {
        this(command, status, bindings.toArray(NO_BINDINGS), consumed, score, expectedElements, unknownKeywords);
    }

    public MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
            List<Element> expectedElements) {
        this(command, status, bindings.toArray(NO_BINDINGS), consumed, score, expectedElements);
    }

    /** Takes {@code bindings} as it is: the caller hands the array over and keeps no reference. */
    MatchResult(CommandSpec command, MatchStatus status, Binding[] bindings, int consumed, int score,
            List<Element> expectedElements) {
        this(command, status, bindings, consumed, score, expectedElements, countUnknownKeywords(bindings));
    }

    /** As above, with the unknown keywords already counted. */
    MatchResult(CommandSpec command, MatchStatus status, Binding[] bindings, int consumed, int score,
            List<Element> expectedElements, int unknownKeywords) {
        this.command = command;
        this.status = status;
        this.bindings = bindings.length == 0 ? NO_BINDINGS : bindings;
        this.consumed = consumed;
        this.score = score;
        this.expectedElements = expectedElements;
        this.unknownKeywords = unknownKeywords;
    }

    private static int countUnknownKeywords(Binding[] bindings) {
        int n = 0;
        for (Binding b : bindings) {
            if (b.type() instanceof ArgType.Keyword k && !k.contains(b.word().text())) {
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

    /** Every binding in word order, as a read-only list (a view made per call). */
    public List<Binding> bindings() {
        return bindings.length == 0 ? List.of() : new BindingList(bindings);
    }

    /** How many words are bound: with {@link #binding(int)}, the bindings without a list. */
    public int bindingCount() {
        return bindings.length;
    }

    public Binding binding(int index) {
        return bindings[index];
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
        for (Binding b : bindings) {
            if (sameName(b.name(), argName)) {
                if (out == null) {
                    out = new java.util.ArrayList<>(4);
                }
                out.add(b);
            }
        }
        return out == null ? List.of() : java.util.Collections.unmodifiableList(out);
    }

    public Binding first(String argName) {
        for (Binding b : bindings) { // the model reads every argument this way
            if (sameName(b.name(), argName)) {
                return b;
            }
        }
        return null;
    }

    /**
     * Catalog names are interned, so a name written in code usually matches on identity; a miss
     * is mostly told by the cached hash codes, without comparing characters.
     */
    private static boolean sameName(String name, String argName) {
        return name == argName || argName != null && name.hashCode() == argName.hashCode() && name.equals(argName);
    }

    public String text(String argName) {
        Binding b = first(argName);
        return b == null ? null : b.word().text();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MatchResult m && consumed == m.consumed && score == m.score
                && unknownKeywords == m.unknownKeywords && Objects.equals(command, m.command) && status == m.status
                && Arrays.equals(bindings, m.bindings) && Objects.equals(expectedElements, m.expectedElements);
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
