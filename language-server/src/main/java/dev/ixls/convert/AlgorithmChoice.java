package dev.ixls.convert;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks, among the algorithms the AWS tunnel accepts, the strongest one IX can express, and
 * names it the way IX writes it. The maps are also what IX can do at all: a value with no IX
 * keyword here is one the converter cannot write.
 */
public final class AlgorithmChoice {

    private AlgorithmChoice() {
    }

    private static final List<Cipher> CIPHER_PREFERENCE = List.of(Cipher.AES256_GCM16, Cipher.AES256,
            Cipher.AES128_GCM16, Cipher.AES192, Cipher.AES128);
    private static final List<Integrity> INTEGRITY_PREFERENCE = List.of(Integrity.SHA2_512, Integrity.SHA2_384,
            Integrity.SHA2_256, Integrity.SHA1);
    private static final List<Integer> GROUP_PREFERENCE = List.of(16, 15, 14, 5, 2);

    static final Map<Cipher, String> IKEV1_CIPHER = Map.of(Cipher.AES128, "aes", Cipher.AES192, "aes-192",
            Cipher.AES256, "aes-256");
    static final Map<Cipher, String> ESP_CIPHER = Map.of(Cipher.AES128, "esp-aes", Cipher.AES192, "esp-aes-192",
            Cipher.AES256, "esp-aes-256");
    static final Map<Cipher, String> IKEV2_CIPHER = Map.of(Cipher.AES128, "aes-cbc-128", Cipher.AES192,
            "aes-cbc-192", Cipher.AES256, "aes-cbc-256", Cipher.AES128_GCM16, "aes-gcm-128-16", Cipher.AES256_GCM16,
            "aes-gcm-256-16");
    static final Map<Integrity, String> IKEV1_HASH = Map.of(Integrity.SHA1, "sha", Integrity.SHA2_256, "sha2-256",
            Integrity.SHA2_384, "sha2-384", Integrity.SHA2_512, "sha2-512");
    static final Map<Integrity, String> ESP_HASH = Map.of(Integrity.SHA1, "esp-sha", Integrity.SHA2_256,
            "esp-sha2-256", Integrity.SHA2_384, "esp-sha2-384", Integrity.SHA2_512, "esp-sha2-512");
    static final Map<Integrity, String> IKEV2_HASH = Map.of(Integrity.SHA1, "sha1", Integrity.SHA2_256, "sha2-256",
            Integrity.SHA2_384, "sha2-384", Integrity.SHA2_512, "sha2-512");
    /** IKEv1 on IX names groups up to 2048-bit ({@code ike proposal ... group}, {@code pfs}). */
    static final Map<Integer, String> IKEV1_GROUP = Map.of(2, "1024-bit", 5, "1536-bit", 14, "2048-bit");
    /** IKEv2 also has 3072-bit and 4096-bit ({@code sa-proposal dh}, {@code child-pfs}). */
    static final Map<Integer, String> IKEV2_GROUP = Map.of(2, "1024-bit", 5, "1536-bit", 14, "2048-bit", 15,
            "3072-bit", 16, "4096-bit");

    /** The strongest accepted cipher IX has a keyword for, if any. */
    static Optional<String> cipher(List<Cipher> accepted, Map<Cipher, String> names) {
        for (Cipher c : CIPHER_PREFERENCE) {
            if (accepted.contains(c) && names.containsKey(c)) {
                return Optional.of(names.get(c));
            }
        }
        return Optional.empty();
    }

    static Optional<String> integrity(List<Integrity> accepted, Map<Integrity, String> names) {
        for (Integrity i : INTEGRITY_PREFERENCE) {
            if (accepted.contains(i) && names.containsKey(i)) {
                return Optional.of(names.get(i));
            }
        }
        return Optional.empty();
    }

    static Optional<String> group(List<Integer> accepted, IkeVersion version) {
        Map<Integer, String> names = groups(version);
        for (Integer g : GROUP_PREFERENCE) {
            if (accepted.contains(g) && names.containsKey(g)) {
                return Optional.of(names.get(g));
            }
        }
        return Optional.empty();
    }

    /**
     * The IX keyword for the strongest value AWS accepts, for a line that writes one of a phase's
     * algorithms ({@code ike proposal}, {@code ipsec autokey-proposal} or {@code pfs}, IKEv2's
     * proposals): what a fix puts in place of a value AWS refuses.
     *
     * @param kind {@code encryption}, {@code integrity} or {@code group}
     */
    public static Optional<String> keyword(boolean ikePhase, boolean ikev2, String kind,
            java.util.Collection<?> accepted) {
        List<?> list = List.copyOf(accepted);
        return switch (kind) {
            case "encryption" -> cipher(list.stream().map(Cipher.class::cast).toList(),
                    ikev2 ? IKEV2_CIPHER : ikePhase ? IKEV1_CIPHER : ESP_CIPHER);
            case "integrity" -> integrity(list.stream().map(Integrity.class::cast).toList(),
                    ikev2 ? IKEV2_HASH : ikePhase ? IKEV1_HASH : ESP_HASH);
            case "group" -> group(list.stream().map(Integer.class::cast).toList(), ikev2 ? IkeVersion.V2 : IkeVersion.V1);
            default -> Optional.empty();
        };
    }

    static Map<Integer, String> groups(IkeVersion version) {
        return version == IkeVersion.V1 ? IKEV1_GROUP : IKEV2_GROUP;
    }
}
