package dev.ixls.service;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.CommandMatcher;
import dev.ixls.catalog.Element;
import dev.ixls.syntax.Word;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * What may come after the words typed so far: walks a command's syntax over every reading of the
 * words (the same readings {@link CommandMatcher} tries) and collects the keywords and arguments
 * that could take the next word. Drives completion from the catalog alone.
 */
final class NextElements {

    /** A syntax element that may take the next word, and whether the syntax could also end here. */
    record Next(Set<Element> elements, boolean canEnd) {
    }

    private final List<Word> words;
    private final Set<Element> found = new LinkedHashSet<>();
    private boolean canEnd;

    private NextElements(List<Word> words) {
        this.words = words;
    }

    /** The elements of {@code syntax} that could take word number {@code words.size()}. */
    static Next after(List<Element> syntax, List<Word> words) {
        NextElements walk = new NextElements(words);
        walk.sequence(syntax, 0, 0, pos -> {
            if (pos == words.size()) {
                walk.canEnd = true;
            }
        });
        return new Next(walk.found, walk.canEnd);
    }

    private void sequence(List<Element> seq, int i, int pos, IntConsumer k) {
        if (i == seq.size()) {
            k.accept(pos);
            return;
        }
        Element e = seq.get(i);
        if (e instanceof Element.Optional) {
            int end = i;
            while (end < seq.size() && seq.get(end) instanceof Element.Optional) {
                end++;
            }
            int runEnd = end;
            optionals(seq.subList(i, runEnd), new boolean[runEnd - i], pos, after -> sequence(seq, runEnd, after, k));
            return;
        }
        element(e, pos, after -> sequence(seq, i + 1, after, k));
    }

    /** A run of optional groups: each may appear once, in any order. */
    private void optionals(List<Element> run, boolean[] used, int pos, IntConsumer k) {
        k.accept(pos);
        for (int j = 0; j < run.size(); j++) {
            if (used[j]) {
                continue;
            }
            boolean[] nowUsed = used.clone();
            nowUsed[j] = true;
            List<Element> inner = ((Element.Optional) run.get(j)).sequence();
            sequence(inner, 0, pos, after -> {
                if (after > pos) {
                    optionals(run, nowUsed, after, k);
                }
            });
        }
    }

    private void element(Element e, int pos, IntConsumer k) {
        if (e instanceof Element.Literal l) {
            if (pos == words.size()) {
                found.add(e);
            } else if (CommandMatcher.spells(words.get(pos).text(), l.word())) {
                k.accept(pos + 1);
            }
        } else if (e instanceof Element.Arg a) {
            if (pos == words.size()) {
                found.add(e);
            } else if (a.type() instanceof ArgType.Text) {
                // The rest of the line, whatever it holds: the next word is more of the same.
                found.add(e);
            } else if (a.type().accepts(words.get(pos))) {
                k.accept(pos + 1);
            }
        } else if (e instanceof Element.Optional o) {
            k.accept(pos);
            sequence(o.sequence(), 0, pos, after -> {
                if (after > pos) {
                    k.accept(after);
                }
            });
        } else if (e instanceof Element.Choice c) {
            for (List<Element> alternative : c.alternatives()) {
                sequence(alternative, 0, pos, k);
            }
        } else if (e instanceof Element.Repeat r) {
            element(r.element(), pos, after -> {
                k.accept(after);
                if (after > pos && after < words.size()) {
                    element(r, after, k);
                } else if (after == words.size()) {
                    // One more repetition may follow.
                    element(r.element(), after, x -> { });
                }
            });
        }
    }
}
