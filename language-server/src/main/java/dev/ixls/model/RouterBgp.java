package dev.ixls.model;

import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import java.util.List;

/**
 * The {@code router bgp ASN} block.
 *
 * @param neighbors in the order they first appear
 */
public record RouterBgp(long asn, List<BgpNeighbor> neighbors, List<Ipv4Prefix> networks, boolean originatesDefault,
        Statement statement) {
}
