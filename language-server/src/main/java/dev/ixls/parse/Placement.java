package dev.ixls.parse;

/** How a command line was placed into the block structure. */
public enum Placement {
    /** A catalog command in a block where it belongs. */
    IN_BLOCK,
    /** A catalog command, but only valid in a block that is not open here (IX003). */
    OUT_OF_BLOCK,
    /** Not in the catalog (IX001); kept as an opaque line in the current block. */
    UNKNOWN,
    /** {@code exit} or {@code end}: closes blocks. */
    EXIT
}
