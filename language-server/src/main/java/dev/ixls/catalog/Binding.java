package dev.ixls.catalog;

import dev.ixls.syntax.Word;

/** A word of a line bound to an argument of the command it matched. */
public record Binding(Element.Arg arg, Word word) {

    public String name() {
        return arg.name();
    }

    public ArgType type() {
        return arg.type();
    }
}
