package dev.ixls.transcript;

import java.util.List;

/**
 * {@code show ip bgp neighbors A advertised-routes}: what the router sends a neighbor.
 *
 * @param neighbor the address from the typed command, or null when the output came without it
 * @param total the {@code Total number of prefixes N} count, or null when not printed
 * @param totalLine that line, or null
 */
public record AdvertisedRoutes(String neighbor, List<Route> routes, Integer total, ShowLine first,
        ShowLine totalLine) {

    /** One row: {@code *> 192.168.1.0/24  169.254.128.174  1  i}. */
    public record Route(String status, String prefix, String nextHop, ShowLine line) {
    }

    /** The number of routes sent: the total line when printed, else the rows. */
    public int count() {
        return total != null ? total : routes.size();
    }
}
