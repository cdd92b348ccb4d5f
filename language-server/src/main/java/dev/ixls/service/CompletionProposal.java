package dev.ixls.service;

import dev.ixls.syntax.Range;

/**
 * One completion item, independent of any protocol.
 *
 * @param documentation Markdown, in the requested language; may be null
 * @param insertText the text to insert; a snippet with {@code ${1:...}} placeholders when {@code snippet}
 * @param replace the range the insertion replaces (the part of the word typed so far)
 */
public record CompletionProposal(String label, Kind kind, String detail, String documentation, String insertText,
        boolean snippet, Range replace, String sortText) {

    /** What a proposal is, for the editor's icon. */
    public enum Kind {
        KEYWORD,
        VALUE,
        REFERENCE,
        ADDRESS,
        NUMBER,
        SNIPPET
    }
}
