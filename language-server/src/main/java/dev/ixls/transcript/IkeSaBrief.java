package dev.ixls.transcript;

/**
 * A row of {@code show ike sa brief}: policy, cookies, remaining lifetime. The brief form has no
 * state column: a row says an SA exists, not that it is established.
 */
public record IkeSaBrief(String policy, String initiatorCookie, String responderCookie, Integer lifeSeconds,
        ShowLine line) {
}
