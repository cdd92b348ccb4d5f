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
    /**
     * A line {@code show running-config} prints before the configuration: {@code Using N out of M
     * bytes}, {@code Current configuration:} (see {@link ConsoleText}).
     */
    HEADER,
    /** An exec command typed after a pasted prompt ({@code router(config)# show running-config}): not configuration. */
    CONSOLE
}
