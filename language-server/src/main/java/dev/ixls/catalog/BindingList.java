package dev.ixls.catalog;

import java.util.AbstractList;
import java.util.RandomAccess;

/** A read-only view of a {@link MatchResult}'s bindings array, which nothing changes. */
final class BindingList extends AbstractList<Binding> implements RandomAccess {

    private final Binding[] bindings;

    BindingList(Binding[] bindings) {
        this.bindings = bindings;
    }

    @Override
    public Binding get(int index) {
        return bindings[index];
    }

    @Override
    public int size() {
        return bindings.length;
    }
}
