package dev.ixls.catalog;

import java.util.List;

/** One element of a compiled command syntax. */
public sealed interface Element {

    /** A keyword that must appear as written. */
    record Literal(String word) implements Element {
    }

    /** A named argument. */
    record Arg(String name, ArgType type) implements Element {
    }

    /** An optional group; adjacent optional groups may appear in any order. */
    record Optional(List<Element> sequence) implements Element {
    }

    /** Alternatives, each a sequence. */
    record Choice(List<List<Element>> alternatives) implements Element {
    }

    /** One or more repetitions of an element. */
    record Repeat(Element element) implements Element {
    }
}
