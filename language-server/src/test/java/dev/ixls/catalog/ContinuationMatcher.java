package dev.ixls.catalog;

import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first CommandMatcher, kept as the reference that the fast one must agree with: the same
 * backtracking search written plainly, in continuation-passing style (a lambda per step, a State
 * per word, a MatchResult per better reading).
 */
final class ContinuationMatcher {

    private ContinuationMatcher() {
    }

    public static MatchResult match(CommandSpec command, List<Word> words) {
        Search search = new Search(command, words, null);
        search.sequence(command.elements(), 0, new State(0, null, 0), s -> search.finish(s));
        return search.best();
    }

    /**
     * The syntax elements that could take the next word after {@code words} (word number
     * {@code words.size()}), over every reading of the words: what completion offers. The same
     * search as {@link #match}, collecting instead of ranking.
     */
    public static Set<Element> nextElements(CommandSpec command, List<Word> words) {
        Search search = new Search(command, words, new LinkedHashSet<>());
        search.sequence(command.elements(), 0, new State(0, null, 0), s -> search.finish(s));
        return search.atEnd;
    }

    static boolean spells(String word, String literal) {
        return CommandMatcher.spells(word, literal);
    }

    /** A persistent list of bindings, so backtracking never copies. */
    private record Bound(Binding binding, Bound previous) {
    }

    private record State(int pos, Bound bound, int score) {
        State advance(int points) {
            return new State(pos + 1, bound, score + points);
        }

        State bind(Element.Arg arg, Word word, int points) {
            return new State(pos + 1, new Bound(new Binding(arg, word), bound), score + points);
        }
    }

    private interface Continuation {
        void accept(State state);
    }

    private static final class Search {
        private final CommandSpec command;
        private final List<Word> words;
        /** When collecting for completion: every element tried where the words end. */
        private final Set<Element> atEnd;
        private MatchResult best;

        Search(CommandSpec command, List<Word> words, Set<Element> atEnd) {
            this.command = command;
            this.words = words;
            this.atEnd = atEnd;
        }

        MatchResult best() {
            return best;
        }

        void finish(State s) {
            offer(s.pos == words.size() ? MatchStatus.COMPLETE : MatchStatus.EXTRA, s, List.of());
        }

        void fail(State s, List<Element> expected) {
            if (atEnd != null && s.pos == words.size()) {
                atEnd.addAll(expected);
            }
            offer(s.pos == words.size() ? MatchStatus.MISSING : MatchStatus.MISMATCH, s, expected);
        }

        private void offer(MatchStatus status, State s, List<Element> expected) {
            if (best != null && !better(status, s, best)) {
                if (sameRank(status, s, best) && !expected.isEmpty()) {
                    List<Element> merged = new ArrayList<>(best.expectedElements());
                    for (Element e : expected) {
                        if (!merged.contains(e)) {
                            merged.add(e);
                        }
                    }
                    best = new MatchResult(command, best.status(), best.bindings(), best.consumed(), best.score(),
                            List.copyOf(merged));
                }
                return;
            }
            int count = 0;
            for (Bound b = s.bound; b != null; b = b.previous) {
                count++;
            }
            Binding[] bindings = new Binding[count];
            for (Bound b = s.bound; b != null; b = b.previous) {
                bindings[--count] = b.binding;
            }
            best = new MatchResult(command, status, List.of(bindings), s.pos, s.score, expected);
        }

        private static int rank(MatchStatus status) {
            return switch (status) {
                case COMPLETE -> 3;
                case MISSING -> 2;
                case EXTRA -> 1;
                case MISMATCH -> 0;
            };
        }

        private boolean better(MatchStatus status, State s, MatchResult current) {
            if ((status == MatchStatus.COMPLETE) != (current.status() == MatchStatus.COMPLETE)) {
                return status == MatchStatus.COMPLETE;
            }
            if (s.pos != current.consumed()) {
                return s.pos > current.consumed();
            }
            if (rank(status) != rank(current.status())) {
                return rank(status) > rank(current.status());
            }
            return s.score > current.score();
        }

        private boolean sameRank(MatchStatus status, State s, MatchResult current) {
            return status == current.status() && s.pos == current.consumed() && s.score == current.score();
        }

        void sequence(List<Element> seq, int i, State s, Continuation k) {
            if (i == seq.size()) {
                k.accept(s);
                return;
            }
            Element e = seq.get(i);
            if (e instanceof Element.Optional) {
                int end = i;
                while (end < seq.size() && seq.get(end) instanceof Element.Optional) {
                    end++;
                }
                int runEnd = end;
                optionals(seq.subList(i, runEnd), new boolean[runEnd - i], s,
                        after -> sequence(seq, runEnd, after, k));
                return;
            }
            element(e, s, after -> sequence(seq, i + 1, after, k));
        }

        /** A run of optional groups: each may appear once, in any order. */
        private void optionals(List<Element> run, boolean[] used, State s, Continuation k) {
            k.accept(s);
            if (s.pos == words.size() && atEnd == null) {
                return; // matching: nothing left to fit; collecting goes on to see what may follow
            }
            for (int j = 0; j < run.size(); j++) {
                if (used[j]) {
                    continue;
                }
                boolean[] nowUsed = used.clone();
                nowUsed[j] = true;
                List<Element> inner = ((Element.Optional) run.get(j)).sequence();
                // An optional group only counts when it consumes something.
                int before = s.pos;
                sequence(inner, 0, s, after -> {
                    if (after.pos > before) {
                        optionals(run, nowUsed, after, k);
                    }
                });
            }
        }

        private void element(Element e, State s, Continuation k) {
            if (e instanceof Element.Literal l) {
                if (s.pos < words.size()) {
                    String w = words.get(s.pos).text();
                    if (w.equals(l.word()) || w.equalsIgnoreCase(l.word())) {
                        k.accept(s.advance(3));
                        return;
                    }
                    if (spells(w, l.word())) {
                        k.accept(s.advance(1));
                        return;
                    }
                }
                fail(s, List.of(e));
            } else if (e instanceof Element.Arg a) {
                if (a.type() instanceof ArgType.Text) {
                    if (atEnd != null) {
                        atEnd.add(e); // the next word is more of the same text
                    }
                    State t = s;
                    for (int p = s.pos; p < words.size(); p++) {
                        t = t.bind(a, words.get(p), 0);
                    }
                    k.accept(t);
                    return;
                }
                if (s.pos < words.size() && a.type().accepts(words.get(s.pos))) {
                    Word w = words.get(s.pos);
                    int points = 1;
                    if (a.type() instanceof ArgType.Keyword kw) {
                        points = kw.contains(w.text()) ? 2 : 0;
                    } else if (a.type() instanceof ArgType.Ipv4 || a.type() instanceof ArgType.Int) {
                        points = 2;
                    }
                    k.accept(s.bind(a, w, points));
                    return;
                }
                fail(s, List.of(e));
            } else if (e instanceof Element.Optional o) {
                k.accept(s);
                int before = s.pos;
                sequence(o.sequence(), 0, s, after -> {
                    if (after.pos > before) {
                        k.accept(after);
                    }
                });
            } else if (e instanceof Element.Choice c) {
                for (List<Element> alternative : c.alternatives()) {
                    sequence(alternative, 0, s, k);
                }
            } else if (e instanceof Element.Repeat r) {
                element(r.element(), s, after -> {
                    k.accept(after);
                    if (after.pos > s.pos && after.pos < words.size()) {
                        element(r, after, k);
                    } else if (atEnd != null && after.pos == words.size() && after.pos > s.pos) {
                        element(r.element(), after, x -> { }); // one more repetition may follow
                    }
                });
            }
        }
    }
}
