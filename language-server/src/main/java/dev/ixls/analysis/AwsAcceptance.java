package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.Set;

/**
 * What AWS negotiates on a tunnel. Values a sample states as tunnel options are what the tunnel
 * accepts; the others are AWS's defaults, which are everything it supports (every sample
 * rendering shows only the minimum, whatever the options are, so it cannot be read as a limit).
 */
public record AwsAcceptance(Set<String> versions, Set<Cipher> phase1Ciphers, Set<Integrity> phase1Integrity,
        Set<Integer> phase1Groups, int phase1Lifetime, Set<Cipher> phase2Ciphers, Set<Integrity> phase2Integrity,
        Set<Integer> phase2Groups, int phase2Lifetime) {

    /** Any AWS tunnel with default options: all AWS supports. */
    public static final AwsAcceptance ANY_TUNNEL = new AwsAcceptance(AwsLimits.IKE_VERSIONS, AwsLimits.CIPHERS,
            AwsLimits.INTEGRITY, AwsLimits.PHASE1_GROUPS, AwsLimits.PHASE1_MAX_LIFETIME, AwsLimits.CIPHERS,
            AwsLimits.INTEGRITY, AwsLimits.PHASE2_GROUPS, AwsLimits.PHASE2_MAX_LIFETIME);

    public static AwsAcceptance of(AwsTunnel t) {
        AwsAcceptance d = ANY_TUNNEL;
        return new AwsAcceptance(
                t.states(SampleField.IKE_VERSIONS) ? Set.copyOf(t.ike().versions()) : d.versions,
                t.states(SampleField.PHASE1_ENCRYPTION) ? Set.copyOf(t.ike().encryption()) : d.phase1Ciphers,
                t.states(SampleField.PHASE1_INTEGRITY) ? Set.copyOf(t.ike().integrity()) : d.phase1Integrity,
                t.states(SampleField.PHASE1_DH_GROUPS) ? Set.copyOf(t.ike().dhGroups()) : d.phase1Groups,
                t.states(SampleField.PHASE1_LIFETIME) ? t.ike().lifetimeSeconds() : d.phase1Lifetime,
                t.states(SampleField.PHASE2_ENCRYPTION) ? Set.copyOf(t.ipsec().encryption()) : d.phase2Ciphers,
                t.states(SampleField.PHASE2_INTEGRITY) ? Set.copyOf(t.ipsec().integrity()) : d.phase2Integrity,
                t.states(SampleField.PHASE2_DH_GROUPS) ? Set.copyOf(t.ipsec().pfsGroups()) : d.phase2Groups,
                t.states(SampleField.PHASE2_LIFETIME) ? t.ipsec().lifetimeSeconds() : d.phase2Lifetime);
    }
}
