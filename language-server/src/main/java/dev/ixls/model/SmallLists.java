package dev.ixls.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists kept per name while a config is read, where most names get exactly one entry: they start
 * as an immutable single and become an {@link ArrayList} only when a second entry arrives.
 */
final class SmallLists {

    private SmallLists() {
    }

    /** {@code list} with {@code item} added; use the result in place of {@code list}. */
    static <T> List<T> append(List<T> list, T item) {
        if (list == null) {
            return List.of(item);
        }
        if (list instanceof ArrayList<T> growing) {
            growing.add(item);
            return growing;
        }
        List<T> growing = new ArrayList<>(list.size() + 4);
        growing.addAll(list);
        growing.add(item);
        return growing;
    }
}
