package dev.ixls.catalog;

import java.util.List;

/**
 * The best way a line's words fit one command.
 *
 * @param consumed how many words matched
 * @param expectedElements for {@link MatchStatus#MISSING} and {@link MatchStatus#MISMATCH}: what
 *                         the syntax wanted at word {@code consumed}
 * @param unknownKeywords how many bound keywords are not in their argument's keyword set
 *                        (counted once here: the parser and several rules ask for every line)
 */
public record MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
        List<Element> expectedElements, int unknownKeywords) {

    public MatchResult(CommandSpec command, MatchStatus status, List<Binding> bindings, int consumed, int score,
            List<Element> expectedElements) {
        this(command, status, bindings, consumed, score, expectedElements, countUnknownKeywords(bindings));
    }

    private static int countUnknownKeywords(List<Binding> bindings) {
        int n = 0;
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
            if (b.type() instanceof ArgType.Keyword k && !k.contains(b.word().text())) {
                n++;
            }
        }
        return n;
    }

    /** What the syntax wanted, as a user reads it: {@code [hash]} or {@code [A.B.C.D, any]}. */
    public List<String> expected() {
        return CommandMatcher.describe(expectedElements);
    }

    /** Every binding of an argument, in word order (a repeated or text argument binds several). */
    public List<Binding> all(String argName) {
        List<Binding> out = null;
        for (int i = 0; i < bindings.size(); i++) {
            Binding b = bindings.get(i);
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
        for (int i = 0; i < bindings.size(); i++) { // indexed: the model reads every argument this way
            Binding b = bindings.get(i);
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
}
