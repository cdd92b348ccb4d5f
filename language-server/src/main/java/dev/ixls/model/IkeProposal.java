package dev.ixls.model;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.parse.Statement;

/**
 * {@code ike proposal NAME encryption E hash H [group G] [lifetime S]}.
 *
 * @param encryption null when the keyword is unknown
 * @param dhGroup null when not written (the router's default applies)
 * @param lifetimeSeconds null when not written (the router's default applies)
 */
public record IkeProposal(String name, Cipher encryption, Integrity hash, Integer dhGroup, Integer lifetimeSeconds,
        Statement statement) {
}
