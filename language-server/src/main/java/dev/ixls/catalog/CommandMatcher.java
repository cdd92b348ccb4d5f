package dev.ixls.catalog;

import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fits a line's words to one command's syntax by backtracking over every way the syntax can be
 * read, and keeps the best reading. Lines are short, so exhaustive search is cheap.
 *
 * <p>The search is depth first. What remains to be done after an element matched (its
 * continuation) is a chain of frames kept in one array and used as a stack: a frame lives while
 * the call that pushed it runs, so nothing is allocated per step. The words bound so far are a
 * stack too, and a reading is copied out only when it is the best so far.
 */
public final class CommandMatcher {

    /** Literal words may be abbreviated to a prefix of at least this length, as the IX CLI allows. */
    private static final int MIN_ABBREVIATION = 3;

    private CommandMatcher() {
    }

    public static MatchResult match(CommandSpec command, List<Word> words) {
        return new Search().match(command, words);
    }

    /**
     * The syntax elements that could take the next word after {@code words} (word number
     * {@code words.size()}), over every reading of the words: what completion offers. The same
     * search as {@link #match}, collecting instead of ranking.
     */
    public static Set<Element> nextElements(CommandSpec command, List<Word> words) {
        return new Search().nextElements(command, words);
    }

    /** A search whose work arrays are kept from one call to the next: for a caller that matches many lines. */
    public static Search search() {
        return new Search();
    }

    /** Whether a word spells a literal keyword, exactly or as an abbreviation. */
    public static boolean spells(String word, String literal) {
        if (word.equals(literal) || word.equalsIgnoreCase(literal)) {
            return true;
        }
        return word.length() >= MIN_ABBREVIATION && word.length() < literal.length()
                && literal.regionMatches(true, 0, word, 0, word.length());
    }

    /**
     * One search at a time; not for several threads at once. It keeps the last line's words until
     * the next call, so keep it no longer than the document it reads.
     *
     * <p>Each method below is one step of reading the syntax: it gets the reading so far as
     * {@code (pos, score, bound)} (words consumed, points, words bound) and the index of the frame
     * to go on with ({@code k}), and calls {@link #resume} once for every way its element fits.
     */
    public static final class Search {

        // What a frame does when resumed with a reading.
        private static final int FINISH = 0;
        /** Go on with element {@code a} of the sequence in the frame's object. */
        private static final int SEQUENCE = 1;
        /** After one group of an optional run (elements {@code a} to {@code b}, {@code used} taken): more groups. */
        private static final int OPTIONAL_RUN = 2;
        /** After a lone optional group: go on if it consumed a word. */
        private static final int OPTIONAL_GROUP = 3;
        /** After one repetition of the Repeat in the frame's object: go on, and try one more. */
        private static final int REPEAT = 4;
        /** Collecting only: a look one repetition ahead, whose readings go nowhere. */
        private static final int DISCARD = 5;

        private static final int FIELDS = 6;
        private static final int KIND = 0;
        private static final int A = 1;
        private static final int B = 2;
        /** The words consumed when the frame was pushed, for "did it consume anything". */
        private static final int BEFORE = 3;
        private static final int USED = 4;
        private static final int NEXT = 5;

        private int[] frames = new int[FIELDS * 16];
        private Object[] frameObjects = new Object[16];
        private int frameCount;

        private Element.Arg[] boundArgs = new Element.Arg[8];
        private Word[] boundWords = new Word[8];

        private CommandSpec command;
        private List<Word> words;
        private int wordCount;
        /** When collecting for completion: every element tried where the words end. */
        private Set<Element> atEnd;

        // The best reading so far.
        private MatchStatus bestStatus;
        private int bestConsumed;
        private int bestScore;
        private int bestBound;
        private Element.Arg[] bestArgs = new Element.Arg[8];
        private Word[] bestWords = new Word[8];
        private final List<Element> bestExpected = new ArrayList<>();

        private Search() {
        }

        public MatchResult match(CommandSpec command, List<Word> words) {
            start(command, words, null);
            run();
            return bestStatus == null ? null : bestResult();
        }

        /**
         * Like {@link #match}, but keeps the best reading in {@code into} instead of building a
         * result: a caller that ranks several commands for a line builds only the winner's.
         * Returns false when nothing was read (where {@link #match} returns null).
         */
        public boolean match(CommandSpec command, List<Word> words, Outcome into) {
            start(command, words, null);
            run();
            if (bestStatus == null) {
                return false;
            }
            into.keep(this);
            return true;
        }

        /** See {@link CommandMatcher#nextElements}. */
        public Set<Element> nextElements(CommandSpec command, List<Word> words) {
            Set<Element> collected = new LinkedHashSet<>();
            start(command, words, collected);
            run();
            return collected;
        }

        private void start(CommandSpec command, List<Word> words, Set<Element> atEnd) {
            this.command = command;
            this.words = words;
            this.wordCount = words.size();
            this.atEnd = atEnd;
            this.bestStatus = null;
            this.bestExpected.clear();
            this.frameCount = 0;
        }

        private void run() {
            int finish = push(FINISH, null, 0, 0, 0, 0, -1);
            sequence(command.elements(), 0, 0, 0, 0, finish);
        }

        private MatchResult bestResult() {
            List<Element> expected = bestExpected.isEmpty() ? List.of() : List.copyOf(bestExpected);
            return new MatchResult(command, bestStatus, bestBindings(), bestConsumed, bestScore, expected);
        }

        /** The best reading's bindings as (argument, word) pairs, in an array the result takes over. */
        private Object[] bestBindings() {
            return pairs(bestArgs, bestWords, bestBound);
        }

        // ---- Frames ----

        private int push(int kind, Object object, int a, int b, int before, int used, int next) {
            int f = frameCount++;
            if (f == frameObjects.length) {
                frameObjects = java.util.Arrays.copyOf(frameObjects, f * 2);
                frames = java.util.Arrays.copyOf(frames, f * 2 * FIELDS);
            }
            int at = f * FIELDS;
            frames[at + KIND] = kind;
            frames[at + A] = a;
            frames[at + B] = b;
            frames[at + BEFORE] = before;
            frames[at + USED] = used;
            frames[at + NEXT] = next;
            frameObjects[f] = object;
            return f;
        }

        /** Ends the frame pushed as {@code f} (and any above it). */
        private void pop(int f) {
            frameCount = f;
        }

        /** Goes on with frame {@code k}, given a reading. */
        @SuppressWarnings("unchecked")
        private void resume(int k, int pos, int score, int bound) {
            int at = k * FIELDS;
            switch (frames[at + KIND]) {
                case FINISH -> offer(pos == wordCount ? MatchStatus.COMPLETE : MatchStatus.EXTRA, pos, score, bound,
                        null);
                case SEQUENCE -> sequence((List<Element>) frameObjects[k], frames[at + A], pos, score, bound,
                        frames[at + NEXT]);
                case OPTIONAL_RUN -> {
                    if (pos > frames[at + BEFORE]) { // an optional group only counts when it consumes something
                        optionals((List<Element>) frameObjects[k], frames[at + A], frames[at + B], frames[at + USED],
                                pos, score, bound, frames[at + NEXT]);
                    }
                }
                case OPTIONAL_GROUP -> {
                    if (pos > frames[at + BEFORE]) {
                        resume(frames[at + NEXT], pos, score, bound);
                    }
                }
                case REPEAT -> repeatAgain((Element.Repeat) frameObjects[k], frames[at + BEFORE], pos, score, bound,
                        frames[at + NEXT]);
                case DISCARD -> {
                }
                default -> throw new IllegalStateException("unknown frame kind");
            }
        }

        // ---- Reading the syntax ----

        private void sequence(List<Element> seq, int i, int pos, int score, int bound, int k) {
            // Keywords, plain arguments and text fit one way or not at all: a loop walks them, and
            // only the elements that branch (optional groups, choices, repeats) need a frame.
            for (; i < seq.size(); i++) {
                Element e = seq.get(i);
                if (e instanceof Element.Arg a && a.type() instanceof ArgType.Text) {
                    bound = bindRest(a, pos, bound);
                    pos = Math.max(pos, wordCount);
                    continue;
                }
                int points = fit(e, pos, bound);
                if (points == BRANCHES) {
                    break;
                }
                if (points == NO_FIT) {
                    fail(pos, score, bound, e);
                    return;
                }
                pos++;
                score += points;
                if (e instanceof Element.Arg) {
                    bound++;
                }
            }
            if (i == seq.size()) {
                resume(k, pos, score, bound);
                return;
            }
            Element e = seq.get(i);
            if (e instanceof Element.Optional) {
                int end = i;
                while (end < seq.size() && seq.get(end) instanceof Element.Optional) {
                    end++;
                }
                if (end - i > Integer.SIZE) {
                    throw new IllegalStateException(command.id() + ": more than 32 optional groups in a row");
                }
                int f = push(SEQUENCE, seq, end, 0, 0, 0, k);
                optionals(seq, i, end, 0, pos, score, bound, f);
                pop(f);
                return;
            }
            int f = push(SEQUENCE, seq, i + 1, 0, 0, 0, k);
            element(e, pos, score, bound, f);
            pop(f);
        }

        /**
         * A run of optional groups (elements {@code from} to {@code to} of {@code seq}): each may
         * appear once, in any order; bit {@code j} of {@code used} marks group {@code from + j} as taken.
         */
        private void optionals(List<Element> seq, int from, int to, int used, int pos, int score, int bound, int k) {
            resume(k, pos, score, bound);
            if (pos == wordCount && atEnd == null) {
                return; // matching: nothing left to fit; collecting goes on to see what may follow
            }
            for (int j = 0; j < to - from; j++) {
                if ((used & (1 << j)) != 0) {
                    continue;
                }
                List<Element> inner = ((Element.Optional) seq.get(from + j)).sequence();
                int f = push(OPTIONAL_RUN, seq, from, to, pos, used | (1 << j), k);
                sequence(inner, 0, pos, score, bound, f);
                pop(f);
            }
        }

        private void element(Element e, int pos, int score, int bound, int k) {
            if (e instanceof Element.Arg a && a.type() instanceof ArgType.Text) {
                resume(k, Math.max(pos, wordCount), score, bindRest(a, pos, bound));
                return;
            }
            int points = fit(e, pos, bound);
            if (points >= 0) {
                resume(k, pos + 1, score + points, e instanceof Element.Arg ? bound + 1 : bound);
            } else if (points == NO_FIT) {
                fail(pos, score, bound, e);
            } else if (e instanceof Element.Optional o) {
                resume(k, pos, score, bound);
                int f = push(OPTIONAL_GROUP, null, 0, 0, pos, 0, k);
                sequence(o.sequence(), 0, pos, score, bound, f);
                pop(f);
            } else if (e instanceof Element.Choice c) {
                List<List<Element>> alternatives = c.alternatives();
                for (int i = 0; i < alternatives.size(); i++) {
                    sequence(alternatives.get(i), 0, pos, score, bound, k);
                }
            } else if (e instanceof Element.Repeat r) {
                int f = push(REPEAT, r, 0, 0, pos, 0, k);
                element(r.element(), pos, score, bound, f);
                pop(f);
            }
        }

        /** {@link #fit}: the element does not fit the word. */
        private static final int NO_FIT = -1;
        /** {@link #fit}: the element may fit in several ways or none; {@link #element} reads it. */
        private static final int BRANCHES = -2;

        /**
         * A keyword or plain argument against word {@code pos}: the points it scores there (an
         * argument is bound at {@code bound}), or {@link #NO_FIT}; {@link #BRANCHES} for any other element.
         */
        private int fit(Element e, int pos, int bound) {
            if (e instanceof Element.Literal l) {
                if (pos < wordCount) {
                    String w = words.get(pos).text();
                    if (w.equals(l.word()) || w.equalsIgnoreCase(l.word())) {
                        return 3;
                    }
                    if (spells(w, l.word())) {
                        return 1;
                    }
                }
                return NO_FIT;
            }
            if (e instanceof Element.Arg a) {
                if (pos < wordCount && a.type().accepts(words.get(pos))) {
                    Word w = words.get(pos);
                    int points = 1;
                    if (a.type() instanceof ArgType.Keyword kw) {
                        points = kw.contains(w.text()) ? 2 : 0;
                    } else if (a.type() instanceof ArgType.Ipv4 || a.type() instanceof ArgType.Int) {
                        points = 2;
                    }
                    bind(bound, a, w);
                    return points;
                }
                return NO_FIT;
            }
            return BRANCHES;
        }

        /** A text argument takes the rest of the line (perhaps nothing); returns the new bound count. */
        private int bindRest(Element.Arg text, int pos, int bound) {
            if (atEnd != null) {
                atEnd.add(text); // the next word is more of the same text
            }
            for (int p = pos; p < wordCount; p++) {
                bind(bound++, text, words.get(p));
            }
            return bound;
        }

        /** After one repetition that started at word {@code start}: go on, then try one more. */
        private void repeatAgain(Element.Repeat r, int start, int pos, int score, int bound, int k) {
            resume(k, pos, score, bound);
            if (pos > start && pos < wordCount) {
                element(r, pos, score, bound, k);
            } else if (atEnd != null && pos == wordCount && pos > start) {
                int f = push(DISCARD, null, 0, 0, 0, 0, -1);
                element(r.element(), pos, score, bound, f); // one more repetition may follow
                pop(f);
            }
        }

        private void bind(int at, Element.Arg arg, Word word) {
            if (at == boundArgs.length) {
                boundArgs = java.util.Arrays.copyOf(boundArgs, at * 2);
                boundWords = java.util.Arrays.copyOf(boundWords, at * 2);
            }
            boundArgs[at] = arg;
            boundWords[at] = word;
        }

        // ---- Ranking the readings ----

        private void fail(int pos, int score, int bound, Element expected) {
            if (atEnd != null && pos == wordCount) {
                atEnd.add(expected);
            }
            offer(pos == wordCount ? MatchStatus.MISSING : MatchStatus.MISMATCH, pos, score, bound, expected);
        }

        /** A complete reading: keep it if it is the best so far. {@code expected} may be null. */
        private void offer(MatchStatus status, int pos, int score, int bound, Element expected) {
            if (atEnd != null) {
                return; // collecting ranks nothing
            }
            if (bestStatus != null && !better(status, pos, score)) {
                if (expected != null && status == bestStatus && pos == bestConsumed && score == bestScore
                        && !bestExpected.contains(expected)) {
                    bestExpected.add(expected); // as good as the best: it may also want this element
                }
                return;
            }
            bestStatus = status;
            bestConsumed = pos;
            bestScore = score;
            bestBound = bound;
            if (bestArgs.length < bound) {
                bestArgs = new Element.Arg[boundArgs.length];
                bestWords = new Word[boundArgs.length];
            }
            System.arraycopy(boundArgs, 0, bestArgs, 0, bound);
            System.arraycopy(boundWords, 0, bestWords, 0, bound);
            bestExpected.clear();
            if (expected != null) {
                bestExpected.add(expected);
            }
        }

        private static int rank(MatchStatus status) {
            return switch (status) {
                case COMPLETE -> 3;
                case MISSING -> 2;
                case EXTRA -> 1;
                case MISMATCH -> 0;
            };
        }

        private boolean better(MatchStatus status, int pos, int score) {
            if ((status == MatchStatus.COMPLETE) != (bestStatus == MatchStatus.COMPLETE)) {
                return status == MatchStatus.COMPLETE;
            }
            if (pos != bestConsumed) {
                return pos > bestConsumed;
            }
            if (rank(status) != rank(bestStatus)) {
                return rank(status) > rank(bestStatus);
            }
            return score > bestScore;
        }
    }

    /**
     * A command's best reading of a line, held in arrays reused from line to line until
     * {@link #result} builds the {@link MatchResult} that {@link Search#match(CommandSpec, List)}
     * would have returned.
     */
    public static final class Outcome {
        private CommandSpec command;
        private MatchStatus status;
        private int consumed;
        private int score;
        private int unknownKeywords;
        private int bound;
        private Element.Arg[] args = new Element.Arg[8];
        private Word[] words = new Word[8];
        private final List<Element> expected = new ArrayList<>();

        private void keep(Search s) {
            command = s.command;
            status = s.bestStatus;
            consumed = s.bestConsumed;
            score = s.bestScore;
            bound = s.bestBound;
            if (args.length < bound) {
                args = new Element.Arg[s.bestArgs.length];
                words = new Word[s.bestArgs.length];
            }
            System.arraycopy(s.bestArgs, 0, args, 0, bound);
            System.arraycopy(s.bestWords, 0, words, 0, bound);
            expected.clear();
            if (!s.bestExpected.isEmpty()) { // mostly empty: spare addAll's array
                expected.addAll(s.bestExpected);
            }
            unknownKeywords = 0;
            for (int i = 0; i < bound; i++) {
                if (args[i].type() instanceof ArgType.Keyword k && !k.contains(words[i].text())) {
                    unknownKeywords++;
                }
            }
        }

        public CommandSpec command() {
            return command;
        }

        public MatchStatus status() {
            return status;
        }

        public int consumed() {
            return consumed;
        }

        public int score() {
            return score;
        }

        /** See {@link MatchResult#unknownKeywords()}. */
        public int unknownKeywords() {
            return unknownKeywords;
        }

        /** Takes the reading as complete, wanting nothing more: for a {@code no} form that may leave out arguments. */
        public void completeAsIs() {
            status = MatchStatus.COMPLETE;
            expected.clear();
        }

        public MatchResult result() {
            return new MatchResult(command, status, pairs(args, words, bound), consumed, score,
                    expected.isEmpty() ? List.of() : List.copyOf(expected), unknownKeywords);
        }
    }

    /** The first {@code bound} bindings as a {@link MatchResult} keeps them: argument, word, argument, ... */
    private static Object[] pairs(Element.Arg[] args, Word[] words, int bound) {
        if (bound == 0) {
            return MatchResult.NO_PAIRS;
        }
        Object[] pairs = new Object[2 * bound];
        for (int i = 0; i < bound; i++) {
            pairs[2 * i] = args[i];
            pairs[2 * i + 1] = words[i];
        }
        return pairs;
    }

    /** What an element looks like to a user: a keyword, or an argument's shape. */
    public static List<String> describe(List<Element> elements) {
        List<String> out = new ArrayList<>();
        for (Element e : elements) {
            String d = describe(e);
            if (!out.contains(d)) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }

    public static String describe(Element e) {
        if (e instanceof Element.Literal l) {
            return l.word();
        }
        if (e instanceof Element.Arg a) {
            return a.type() instanceof ArgType.Keyword k ? k.display() : "<" + a.name() + ">";
        }
        if (e instanceof Element.Optional o) {
            return describe(o.sequence().get(0));
        }
        if (e instanceof Element.Choice c) {
            return String.join(" | ", c.alternatives().stream().map(alt -> describe(alt.get(0))).toList());
        }
        return describe(((Element.Repeat) e).element());
    }
}
