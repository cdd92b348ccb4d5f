package dev.ixls.analysis;

import dev.ixls.syntax.Range;

/** Replace a range of the checked document with new text (an empty range inserts). */
public record TextEdit(Range range, String newText) {
}
