package dev.ixls.model;

import dev.ixls.parse.Statement;

/** {@code ike keepalive POLICY INTERVAL RETRIES}. */
public record IkeKeepalive(String policy, int intervalSeconds, int retries, Statement statement) {
}
