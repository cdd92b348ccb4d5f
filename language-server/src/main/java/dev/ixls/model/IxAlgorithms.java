package dev.ixls.model;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.Map;

/** What the IX keywords for algorithms and DH groups mean, in neutral terms. */
public final class IxAlgorithms {

    private IxAlgorithms() {
    }

    private static final Map<String, Cipher> IKE_CIPHERS = Map.of(
            "aes", Cipher.AES128, "aes-128", Cipher.AES128, "aes-192", Cipher.AES192, "aes-256", Cipher.AES256,
            "3des", Cipher.TRIPLE_DES, "des", Cipher.DES);

    private static final Map<String, Cipher> ESP_CIPHERS = Map.of(
            "esp-aes", Cipher.AES128, "esp-aes-128", Cipher.AES128, "esp-aes-192", Cipher.AES192,
            "esp-aes-256", Cipher.AES256, "esp-3des", Cipher.TRIPLE_DES, "esp-des", Cipher.DES);

    private static final Map<String, Cipher> IKEV2_CIPHERS = Map.of(
            "aes-cbc", Cipher.AES128, "aes-cbc-128", Cipher.AES128, "aes-cbc-192", Cipher.AES192,
            "aes-cbc-256", Cipher.AES256, "aes-gcm-128-16", Cipher.AES128_GCM16, "aes-gcm-128", Cipher.AES128_GCM16,
            "aes-gcm-256-16", Cipher.AES256_GCM16, "aes-gcm-256", Cipher.AES256_GCM16, "3des", Cipher.TRIPLE_DES,
            "des", Cipher.DES);

    private static final Map<String, Integrity> HASHES = Map.of(
            "sha", Integrity.SHA1, "sha1", Integrity.SHA1, "sha2-256", Integrity.SHA2_256,
            "sha2-384", Integrity.SHA2_384, "sha2-512", Integrity.SHA2_512, "md5", Integrity.MD5);

    private static final Map<String, Integer> GROUPS = Map.of(
            "768-bit", 1, "1024-bit", 2, "1536-bit", 5, "2048-bit", 14, "3072-bit", 15, "4096-bit", 16,
            "256-bit-ecp", 19, "384-bit-ecp", 20, "521-bit-ecp", 21);

    /** IKEv1 {@code ike proposal ... encryption X}. Null when unknown. */
    public static Cipher ikeCipher(String keyword) {
        return keyword == null ? null : IKE_CIPHERS.get(keyword);
    }

    /** {@code ipsec autokey-proposal NAME esp-...}. */
    public static Cipher espCipher(String keyword) {
        return keyword == null ? null : ESP_CIPHERS.get(keyword);
    }

    /** IKEv2 {@code sa-proposal enc} and {@code child-proposal enc}. */
    public static Cipher ikev2Cipher(String keyword) {
        return keyword == null ? null : IKEV2_CIPHERS.get(keyword);
    }

    /** {@code sha}, {@code sha2-256}, ... and the ESP forms {@code esp-sha}, {@code esp-sha2-256}. */
    public static Integrity integrity(String keyword) {
        if (keyword == null) {
            return null;
        }
        return HASHES.get(keyword.startsWith("esp-") ? keyword.substring(4) : keyword);
    }

    /** {@code 1024-bit} is DH group 2, {@code 2048-bit} group 14. Null when unknown. */
    public static Integer dhGroup(String keyword) {
        return keyword == null ? null : GROUPS.get(keyword);
    }

    /** The IX keyword for a DH group, or null when IX has none we know. */
    public static String groupKeyword(int group) {
        for (Map.Entry<String, Integer> e : GROUPS.entrySet()) {
            if (e.getValue() == group) {
                return e.getKey();
            }
        }
        return null;
    }
}
