package dev.ixls.catalog;

import dev.ixls.syntax.Word;
import dev.ixls.syntax.WordKind;
import java.util.List;

/** The type of a command argument, as the catalog's syntax strings declare it. */
public sealed interface ArgType {

    /** Whether a word has the right shape to stand in this argument's place (its value is checked later). */
    boolean accepts(Word word);

    /** A short name for messages and completion: {@code A.B.C.D}, {@code <1-65535>}, ... */
    String display();

    record Ipv4() implements ArgType {
        public boolean accepts(Word w) {
            return w.kind() == WordKind.IPV4;
        }

        public String display() {
            return "A.B.C.D";
        }
    }

    /** An address with prefix length. A bare address is accepted here so the value check can say what is missing. */
    record Prefix() implements ArgType {
        public boolean accepts(Word w) {
            return w.kind() == WordKind.IPV4_PREFIX || w.kind() == WordKind.IPV4;
        }

        public String display() {
            return "A.B.C.D/N";
        }
    }

    record Int(long min, long max) implements ArgType {
        public boolean accepts(Word w) {
            return w.kind() == WordKind.NUMBER;
        }

        public String display() {
            return max == Long.MAX_VALUE ? "<number>" : "<" + min + "-" + max + ">";
        }
    }

    record AnyWord() implements ArgType {
        public boolean accepts(Word w) {
            return true;
        }

        public String display() {
            return "WORD";
        }
    }

    /** The rest of the line, possibly empty. */
    record Text() implements ArgType {
        public boolean accepts(Word w) {
            return true;
        }

        public String display() {
            return "...";
        }
    }

    /** A key or password: never shown in any output. */
    record Secret() implements ArgType {
        public boolean accepts(Word w) {
            return true;
        }

        public String display() {
            return "KEY";
        }
    }

    /**
     * Defines a name of a kind of structure.
     *
     * @param multiLine true when several lines add to one definition (access list entries, an
     *                  interface entered twice); such repeats are not duplicates
     */
    record Def(String kind, boolean multiLine) implements ArgType {
        public boolean accepts(Word w) {
            return true;
        }

        public String display() {
            return "NAME";
        }
    }

    /**
     * Uses a name defined elsewhere.
     *
     * @param kinds the kinds the name may be of
     * @param list true for a comma-separated list of names
     */
    record Ref(List<String> kinds, boolean list) implements ArgType {
        public boolean accepts(Word w) {
            return w.kind() == WordKind.WORD || w.kind() == WordKind.NUMBER;
        }

        public String display() {
            return "NAME";
        }
    }

    /**
     * One keyword of a set.
     *
     * @param closed true when the set is known to be complete: another value is an error,
     *               not merely unknown to the catalog
     */
    record Keyword(List<String> values, boolean closed, java.util.Set<String> valueSet) implements ArgType {

        public Keyword(List<String> values, boolean closed) {
            this(List.copyOf(values), closed, java.util.Set.copyOf(values));
        }

        public boolean accepts(Word w) {
            return true;
        }

        public String display() {
            return String.join("|", values);
        }

        /** Set lookup: asked for every keyword of every line. */
        public boolean contains(String value) {
            return valueSet.contains(value);
        }
    }
}
