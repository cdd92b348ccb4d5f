package dev.ixls.transcript;

import java.util.List;

/**
 * {@code show ip bgp summary}: {@code BGP router ID A, local AS number N}, then one row per
 * neighbor whose last column is the state word in upper case ({@code ESTABLISHED}; {@code IDLE},
 * {@code CONNECT}, {@code ACTIVE} while it is not).
 *
 * @param localAs null when the header was not read
 * @param header the {@code BGP router ID} line, or null
 */
public record BgpSummary(String routerId, Long localAs, ShowLine header, List<Peer> peers) {

    /**
     * One neighbor row.
     *
     * @param remoteAs the AS the router is configured to expect from the neighbor
     * @param upDown the Up/DownTime column as printed
     */
    public record Peer(String address, Long remoteAs, Long messagesReceived, Long messagesSent, String upDown,
            String state, ShowLine line) {

        public boolean isEstablished() {
            return "ESTABLISHED".equalsIgnoreCase(state);
        }
    }
}
