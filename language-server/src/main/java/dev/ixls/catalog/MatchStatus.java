package dev.ixls.catalog;

/** How well a line's words fit a command's syntax. */
public enum MatchStatus {
    /** Every word matched and the syntax is complete. */
    COMPLETE,
    /** The words ran out while the syntax still needs more (a required argument is missing). */
    MISSING,
    /** The syntax is complete but words are left over. */
    EXTRA,
    /** A word does not fit what the syntax expects at its place. */
    MISMATCH
}
