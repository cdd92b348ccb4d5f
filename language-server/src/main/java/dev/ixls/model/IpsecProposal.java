package dev.ixls.model;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.parse.Statement;

/**
 * {@code ipsec autokey-proposal NAME ESP-CIPHER [ESP-HASH] [lifetime time S]}.
 *
 * @param lifetimeSeconds null when not written
 */
public record IpsecProposal(String name, Cipher encryption, Integrity integrity, Integer lifetimeSeconds,
        Statement statement) {
}
