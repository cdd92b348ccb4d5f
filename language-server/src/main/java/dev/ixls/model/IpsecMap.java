package dev.ixls.model;

import dev.ixls.parse.Statement;
import java.util.List;

/**
 * {@code ipsec autokey-map NAME ACL peer ADDRESS PROPOSAL[,...] [pfs G]}.
 *
 * @param pfsGroup null when the map has no PFS
 */
public record IpsecMap(String name, String accessList, String peer, List<String> proposals, Integer pfsGroup,
        Statement statement) {
}
