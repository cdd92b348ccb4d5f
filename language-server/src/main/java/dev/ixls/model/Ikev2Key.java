package dev.ixls.model;

import dev.ixls.aws.PresharedKey;
import dev.ixls.parse.Statement;

/**
 * {@code ikev2 authentication psk id ipv4 ADDRESS key char KEY}.
 *
 * @param idType {@code ipv4}, {@code ipv6}, {@code keyid} or {@code fqdn}
 */
public record Ikev2Key(String idType, String id, PresharedKey key, Statement statement) {
}
