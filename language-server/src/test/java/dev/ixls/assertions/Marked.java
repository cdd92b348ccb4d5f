package dev.ixls.assertions;

import dev.ixls.syntax.Position;
import dev.ixls.syntax.SourceText;

/** An inline fixture with a cursor: the {@code |} marks where it stands (UTF-16 columns). */
public record Marked(String text, Position cursor) {

    public static Marked of(String marked) {
        int at = marked.indexOf('|');
        if (at < 0 || marked.indexOf('|', at + 1) >= 0) {
            throw new IllegalArgumentException("a fixture needs exactly one | cursor marker");
        }
        String text = marked.substring(0, at) + marked.substring(at + 1);
        return new Marked(text, new SourceText(text).positionAt(at));
    }
}
