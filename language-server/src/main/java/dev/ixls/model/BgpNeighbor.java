package dev.ixls.model;

import dev.ixls.model.net.Ipv4Address;
import dev.ixls.parse.Statement;
import java.util.List;

/**
 * A {@code neighbor ADDRESS ...} of {@code router bgp}, gathered over all its lines.
 *
 * @param remoteAs null when no {@code remote-as} line exists
 */
public record BgpNeighbor(Ipv4Address address, Long remoteAs, Integer keepalive, Integer holdTime,
        Statement remoteAsStatement, Statement timersStatement, List<Statement> statements) {

    /** The first line that names this neighbor, for diagnostics about the neighbor as a whole. */
    public Statement firstStatement() {
        return statements.get(0);
    }
}
