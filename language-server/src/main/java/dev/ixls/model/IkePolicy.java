package dev.ixls.model;

import dev.ixls.aws.PresharedKey;
import dev.ixls.parse.Statement;
import java.util.List;

/**
 * {@code ike policy NAME peer ADDRESS key KEY [mode M] PROPOSAL[,PROPOSAL]}: an IKEv1 peer.
 *
 * @param peer the peer address, or {@code any}
 */
public record IkePolicy(String name, String peer, PresharedKey key, String mode, List<String> proposals,
        Statement statement) {
}
