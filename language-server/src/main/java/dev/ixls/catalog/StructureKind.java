package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;

/**
 * A kind of named structure (ike-proposal, ipsec-map, ...).
 *
 * @param reportUnused whether a definition nobody refers to deserves a hint
 * @param builtIn names the router predefines (e.g. the {@code default} proposals)
 */
public record StructureKind(String id, LocalizedText label, boolean reportUnused, java.util.List<String> builtIn) {
}
