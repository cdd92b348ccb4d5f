package dev.ixls.aws;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;

/**
 * Phase 1 parameters of a tunnel. Lists hold every value AWS would accept (a sample shows one;
 * DescribeVpnConnections tunnel options may list several).
 *
 * @param versions {@code ikev1}, {@code ikev2}, or both; empty when the source does not say
 */
public record IkeParameters(List<Cipher> encryption, List<Integrity> integrity, List<Integer> dhGroups,
        int lifetimeSeconds, String mode, List<String> versions) {
}
