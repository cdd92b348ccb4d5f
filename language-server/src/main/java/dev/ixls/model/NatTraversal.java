package dev.ixls.model;

import dev.ixls.parse.Statement;

/**
 * {@code ike nat-traversal [policy POLICY [KEEPALIVE]]}.
 *
 * @param policy null when NAT traversal is enabled for every peer
 */
public record NatTraversal(String policy, Statement statement) {
}
