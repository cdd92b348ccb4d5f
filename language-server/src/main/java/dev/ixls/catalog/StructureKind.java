package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;

/**
 * A kind of named structure (ike-proposal, ipsec-map, ...).
 *
 * @param reportUnused whether a definition nobody refers to deserves a hint
 */
public record StructureKind(String id, LocalizedText label, boolean reportUnused) {
}
