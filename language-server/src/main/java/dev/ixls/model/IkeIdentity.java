package dev.ixls.model;

import dev.ixls.parse.Statement;

/**
 * {@code ike local-id POLICY TYPE ID} or {@code ike remote-id POLICY TYPE ID}.
 *
 * @param local true for local-id, false for remote-id
 */
public record IkeIdentity(String policy, boolean local, String type, String id, Statement statement) {
}
