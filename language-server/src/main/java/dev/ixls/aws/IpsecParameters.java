package dev.ixls.aws;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;

/** Phase 2 parameters of a tunnel; lists hold every value AWS would accept. */
public record IpsecParameters(List<Cipher> encryption, List<Integrity> integrity, List<Integer> pfsGroups,
        int lifetimeSeconds) {
}
