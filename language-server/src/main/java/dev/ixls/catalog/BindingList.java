package dev.ixls.catalog;

import dev.ixls.syntax.Word;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A read-only view of a {@link MatchResult}'s (argument, word) pairs as bindings, each made when
 * asked for: a caller that walks them once allocates no array besides.
 */
final class BindingList extends AbstractList<Binding> implements RandomAccess {

    private final Object[] pairs;

    BindingList(Object[] pairs) {
        this.pairs = pairs;
    }

    @Override
    public Binding get(int index) {
        java.util.Objects.checkIndex(index, size());
        return new Binding((Element.Arg) pairs[2 * index], (Word) pairs[2 * index + 1]);
    }

    @Override
    public int size() {
        return pairs.length >> 1;
    }
}
