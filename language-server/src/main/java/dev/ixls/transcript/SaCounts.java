package dev.ixls.transcript;

/**
 * The first line of {@code show ike sa} and {@code show ipsec sa}: {@code ISAKMP SA - 2 configured, 2 created}.
 * "configured" counts policies (or maps), "created" the SAs that exist.
 */
public record SaCounts(int configured, int created, ShowLine line) {
}
