package dev.ixls.model;

import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code router bgp ASN} block.
 *
 * @param neighbors in the order they first appear
 * @param statement the first {@code router bgp} line
 * @param openers every {@code router bgp} line of the same AS: typed input and generators enter
 *                the block again, and the router reads all of them as one
 */
public record RouterBgp(long asn, List<BgpNeighbor> neighbors, List<Ipv4Prefix> networks, boolean originatesDefault,
        Statement statement, List<Statement> openers) {

    /** The member lines of every block of the process, in file order. */
    public List<Statement> members() {
        if (openers.size() == 1) {
            return statement.children();
        }
        List<Statement> out = new ArrayList<>();
        for (Statement o : openers) {
            out.addAll(o.children());
        }
        return out;
    }
}
