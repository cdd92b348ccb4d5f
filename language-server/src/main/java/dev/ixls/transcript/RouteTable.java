package dev.ixls.transcript;

import java.util.List;

/**
 * {@code show ip route}: the routes with their source code ({@code C}, {@code S}, {@code B}, ...).
 *
 * @param header the {@code IP Routing Table - N entries} line, or null
 * @param entries the {@code Entries: 4 Connected, 1 Static, ... 1 BGP} line, or null
 */
public record RouteTable(ShowLine header, ShowLine entries, List<Route> routes) {

    /**
     * One route line: {@code B 172.31.0.0/16 [20/100] via 169.254.128.173, Tunnel0.0, 0:08:36}.
     *
     * @param code {@code C}, {@code S}, {@code B}, {@code O}, ... without the candidate-default mark
     * @param via the next hop, or null for a directly connected route
     * @param interfaceName the outgoing interface, or null when not printed
     */
    public record Route(String code, boolean candidateDefault, String prefix, Integer distance, Integer metric,
            String via, String interfaceName, String age, ShowLine line) {

        public boolean isBgp() {
            return code.equals("B");
        }
    }
}
