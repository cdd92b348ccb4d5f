package dev.ixls.transcript;

/**
 * An address named in {@code show ikev2 sa} output. No real IX transcript of that command was
 * found, so its layout is unknown: ixls only notes which addresses the output names and whether
 * the same block (lines up to the next blank line) says {@code established}.
 */
public record Ikev2Mention(String address, boolean established, ShowLine line) {
}
