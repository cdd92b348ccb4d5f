package dev.ixls.syntax;

/** What a physical line of a config file is. */
public enum LineKind {
    /** Empty or only white space. */
    BLANK,
    /** A line whose first visible character is {@code !}. */
    COMMENT,
    /** A command: one or more words, possibly after a pasted console prompt. */
    COMMAND,
    /** A pasted console prompt with nothing after it ({@code Router(config)#}). */
    PROMPT,
    /** A pasted device message such as {@code % Invalid command.} */
    DEVICE_MESSAGE,
    /** The {@code Using N out of M bytes} line that starts {@code show running-config} output. */
    HEADER
}
