package dev.ixls.convert;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.IkeParameters;
import dev.ixls.aws.IpsecParameters;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One tunnel's algorithms as IX writes them, chosen from what AWS accepts on that tunnel alone.
 * Where the tunnel's options state a list (DescribeVpnConnections tunnel options, Terraform),
 * only that list counts, and a list IX has no keyword for makes the tunnel inconvertible; where
 * they do not, AWS accepts all it supports and the sample's values (its minimum) are used.
 *
 * @param index the tunnel's position in the sample (0 for the first), which names its IX objects
 */
record TunnelPlan(int index, AwsTunnel tunnel, Phase1 phase1, Phase2 phase2, String pfs, int dpdInterval,
        int dpdRetries) {

    /** Phase 1 keywords; equal values share one IX proposal. */
    record Phase1(String cipher, String integrity, String group, int lifetime) {
    }

    /** Phase 2 keywords without the PFS group (an IKEv1 proposal has none; the map carries it). */
    record Phase2(String cipher, String integrity, int lifetime) {
    }

    /** A plan, or why the tunnel cannot be converted. */
    record Result(TunnelPlan plan, LocalizedText reason) {
    }

    private static final class Unsupported extends Exception {
        final transient LocalizedText reason;

        Unsupported(LocalizedText reason) {
            super(reason.en(), null, false, false);
            this.reason = reason;
        }
    }

    static Result of(int index, AwsTunnel t, IkeVersion version) {
        try {
            return new Result(plan(index, t, version), null);
        } catch (Unsupported e) {
            return new Result(null, e.reason);
        }
    }

    private static TunnelPlan plan(int index, AwsTunnel t, IkeVersion version) throws Unsupported {
        boolean v1 = version == IkeVersion.V1;
        String versionName = v1 ? "ikev1" : "ikev2";
        IkeParameters ike = t.ike();
        IpsecParameters ipsec = t.ipsec();
        if (t.states(SampleField.IKE_VERSIONS) && !ike.versions().contains(versionName)) {
            throw new Unsupported(Messages.text("convert.tunnelVersion", "number", t.number(), "peer",
                    t.awsOutsideAddress(), "allowed", versions(ike.versions()), "other", v1 ? "v2" : "v1"));
        }
        String cipher = pick(t, version, SampleField.PHASE1_ENCRYPTION, ike.encryption(), Cipher::awsName,
                list -> AlgorithmChoice.cipher(list, v1 ? AlgorithmChoice.IKEV1_CIPHER : AlgorithmChoice.IKEV2_CIPHER),
                v1 ? "aes" : "aes-cbc-128");
        String integrity = pick(t, version, SampleField.PHASE1_INTEGRITY, ike.integrity(), Integrity::awsName,
                list -> AlgorithmChoice.integrity(list, v1 ? AlgorithmChoice.IKEV1_HASH : AlgorithmChoice.IKEV2_HASH),
                v1 ? "sha" : "sha1");
        String group = pick(t, version, SampleField.PHASE1_DH_GROUPS, ike.dhGroups(), String::valueOf,
                list -> AlgorithmChoice.group(list, version), "1024-bit");
        int lifetime = ike.lifetimeSeconds() > 0 ? ike.lifetimeSeconds() : IxConfigConverter.AWS_IKE_LIFETIME;

        List<Cipher> espCiphers = v1 ? IxConfigConverter.cbcOnly(t, ipsec.encryption()) : ipsec.encryption();
        String espCipher = pick(t, version, SampleField.PHASE2_ENCRYPTION, espCiphers, Cipher::awsName,
                list -> AlgorithmChoice.cipher(list, v1 ? AlgorithmChoice.ESP_CIPHER : AlgorithmChoice.IKEV2_CIPHER),
                v1 ? "esp-aes" : "aes-cbc-128");
        String espIntegrity = pick(t, version, SampleField.PHASE2_INTEGRITY, ipsec.integrity(), Integrity::awsName,
                list -> AlgorithmChoice.integrity(list, v1 ? AlgorithmChoice.ESP_HASH : AlgorithmChoice.IKEV2_HASH),
                v1 ? "esp-sha" : "sha1");
        String pfs = pick(t, version, SampleField.PHASE2_DH_GROUPS, ipsec.pfsGroups(), String::valueOf,
                list -> AlgorithmChoice.group(list, version), "1024-bit");
        int espLifetime = ipsec.lifetimeSeconds() > 0 ? ipsec.lifetimeSeconds() : IxConfigConverter.AWS_IPSEC_LIFETIME;

        int interval = t.dpdIntervalSeconds() != null && t.dpdIntervalSeconds() > 0 ? t.dpdIntervalSeconds()
                : IxConfigConverter.DPD_INTERVAL;
        int retries = t.dpdRetries() != null && t.dpdRetries() > 0 ? t.dpdRetries() : IxConfigConverter.DPD_RETRIES;
        return new TunnelPlan(index, t, new Phase1(cipher, integrity, group, lifetime),
                new Phase2(espCipher, espIntegrity, espLifetime), pfs, interval, retries);
    }

    /**
     * The IX keyword for the strongest accepted value. When the tunnel states the option and IX
     * has none of its values, the tunnel cannot be converted; when it does not, AWS accepts all it
     * supports, so the sample's minimum stands in.
     */
    private static <T> String pick(AwsTunnel t, IkeVersion version, SampleField option, List<T> accepted,
            Function<T, String> awsName, Function<List<T>, Optional<String>> choose, String fallback)
            throws Unsupported {
        Optional<String> chosen = choose.apply(accepted);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (!t.states(option)) {
            return fallback;
        }
        IkeVersion other = version == IkeVersion.V1 ? IkeVersion.V2 : IkeVersion.V1;
        boolean otherCan = canDo(option, accepted, other);
        throw new Unsupported(Messages.text(otherCan ? "convert.tunnelUnsupported.otherVersion" : "convert.tunnelUnsupported",
                "number", t.number(), "peer", t.awsOutsideAddress(), "what", aspect(option),
                "allowed", accepted.stream().map(awsName).collect(Collectors.joining(", ")),
                "version", version == IkeVersion.V1 ? "IKEv1" : "IKEv2", "other", other == IkeVersion.V1 ? "v1" : "v2"));
    }

    /** Whether the other IKE version of IX has a keyword for any of the values. */
    private static boolean canDo(SampleField option, List<?> accepted, IkeVersion version) {
        boolean v1 = version == IkeVersion.V1;
        Map<?, String> names = switch (option) {
            case PHASE1_ENCRYPTION -> v1 ? AlgorithmChoice.IKEV1_CIPHER : AlgorithmChoice.IKEV2_CIPHER;
            case PHASE2_ENCRYPTION -> v1 ? AlgorithmChoice.ESP_CIPHER : AlgorithmChoice.IKEV2_CIPHER;
            case PHASE1_INTEGRITY, PHASE2_INTEGRITY -> v1 ? AlgorithmChoice.IKEV1_HASH : AlgorithmChoice.IKEV2_HASH;
            default -> AlgorithmChoice.groups(version);
        };
        return accepted.stream().anyMatch(names::containsKey);
    }

    /** How messages name an option. */
    private static LocalizedText aspect(SampleField option) {
        return switch (option) {
            case PHASE1_ENCRYPTION -> Messages.text("convert.aspect.phase1Encryption");
            case PHASE1_INTEGRITY -> Messages.text("convert.aspect.phase1Integrity");
            case PHASE1_DH_GROUPS -> Messages.text("convert.aspect.phase1Group");
            case PHASE2_ENCRYPTION -> Messages.text("convert.aspect.phase2Encryption");
            case PHASE2_INTEGRITY -> Messages.text("convert.aspect.phase2Integrity");
            default -> Messages.text("convert.aspect.phase2Group");
        };
    }

    private static String versions(List<String> versions) {
        return versions.stream().map(v -> "IKEv" + v.substring(v.length() - 1)).collect(Collectors.joining(", "));
    }
}
