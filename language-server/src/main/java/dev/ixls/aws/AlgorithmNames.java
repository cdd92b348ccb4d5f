package dev.ixls.aws;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spellings the AWS sources use for algorithms and Diffie-Hellman groups, mapped to the
 * neutral model: XML and Generic ({@code aes-128-cbc}, {@code hmac-sha1-96}, {@code group2}),
 * tunnel options ({@code AES128}, {@code SHA2-256}) and Cisco IOS keywords ({@code aes 128},
 * {@code sha}, {@code esp-aes 128}, {@code esp-sha-hmac}, {@code group 2}).
 */
final class AlgorithmNames {

    private static final Map<String, Cipher> CIPHERS = new HashMap<>();
    private static final Map<String, Integrity> INTEGRITIES = new HashMap<>();
    private static final Pattern DH_GROUP =
            Pattern.compile("(?:diffie-hellman)?\\s*(?:group)?\\s*([0-9]{1,2})", Pattern.CASE_INSENSITIVE);

    static {
        for (Cipher cipher : Cipher.values()) {
            CIPHERS.put(cipher.awsName().toLowerCase(Locale.ROOT), cipher);
        }
        // the last names of each line are Cisco IOS IKEv2 proposal keywords (`encryption aes-cbc-128`)
        cipher(Cipher.AES128, "aes-128-cbc", "aes128-cbc", "aes-128", "aes_128", "aes", "aes-cbc-128");
        cipher(Cipher.AES192, "aes-192-cbc", "aes192-cbc", "aes-192", "aes-cbc-192");
        cipher(Cipher.AES256, "aes-256-cbc", "aes256-cbc", "aes-256", "aes_256", "aes-cbc-256");
        cipher(Cipher.AES128_GCM16, "aes-128-gcm-16", "aes128-gcm16", "aes-128-gcm", "aes128-gcm", "aes-gcm-128");
        cipher(Cipher.AES256_GCM16, "aes-256-gcm-16", "aes256-gcm16", "aes-256-gcm", "aes256-gcm", "aes-gcm-256");
        cipher(Cipher.TRIPLE_DES, "3des-cbc", "des-ede3-cbc", "triple-des");
        cipher(Cipher.DES, "des-cbc");

        for (Integrity integrity : Integrity.values()) {
            INTEGRITIES.put(integrity.awsName().toLowerCase(Locale.ROOT), integrity);
        }
        integrity(Integrity.SHA1, "sha", "sha-1", "hmac-sha1", "hmac-sha1-96", "hmac-sha-1-96");
        integrity(Integrity.SHA2_256, "sha256", "sha-256", "hmac-sha256", "hmac-sha2-256", "hmac-sha2-256-128",
                "hmac-sha-256-128");
        integrity(Integrity.SHA2_384, "sha384", "sha-384", "hmac-sha384", "hmac-sha2-384", "hmac-sha2-384-192",
                "hmac-sha-384-192");
        integrity(Integrity.SHA2_512, "sha512", "sha-512", "hmac-sha512", "hmac-sha2-512", "hmac-sha2-512-256",
                "hmac-sha-512-256");
        integrity(Integrity.MD5, "hmac-md5", "hmac-md5-96");
    }

    private AlgorithmNames() {
    }

    private static void cipher(Cipher cipher, String... names) {
        for (String name : names) {
            CIPHERS.put(name, cipher);
        }
    }

    private static void integrity(Integrity integrity, String... names) {
        for (String name : names) {
            INTEGRITIES.put(name, integrity);
        }
    }

    /** An AWS or generic cipher name ({@code aes-128-cbc}, {@code AES256-GCM-16}); null if unknown. */
    static Cipher cipher(String name) {
        return name == null ? null : CIPHERS.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /** An AWS or generic integrity name ({@code sha1}, {@code hmac-sha1-96}, {@code SHA2-256}); null if unknown. */
    static Integrity integrity(String name) {
        return name == null ? null : INTEGRITIES.get(name.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * A Diffie-Hellman group written {@code 2}, {@code group2}, {@code group 2}, {@code Group 14} or
     * {@code Diffie-Hellman Group 2}; null if the text is none of these.
     */
    static Integer dhGroup(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DH_GROUP.matcher(text.trim());
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The IKE policy's {@code encryption} arguments: {@code aes}, {@code aes 256}, {@code 3des}. */
    static Cipher ciscoIkeEncryption(String algorithm, String keySize) {
        return ciscoCipher(algorithm, keySize);
    }

    /** The IKE policy's {@code hash}: {@code sha}, {@code sha256}, {@code sha384}, {@code sha512}, {@code md5}. */
    static Integrity ciscoHash(String hash) {
        return integrity(hash);
    }

    /**
     * An ESP encryption transform ({@code esp-aes}, {@code esp-aes 256}, {@code esp-gcm 128},
     * {@code esp-3des}); {@code keySize} is the word after it, or null.
     */
    static Cipher ciscoEspCipher(String transform, String keySize) {
        String t = transform.toLowerCase(Locale.ROOT);
        if (!t.startsWith("esp-")) {
            return null;
        }
        String algorithm = t.substring(4);
        if (algorithm.equals("gcm")) {
            if (keySize == null || keySize.equals("128")) {
                return Cipher.AES128_GCM16;
            }
            return keySize.equals("256") ? Cipher.AES256_GCM16 : null;
        }
        return ciscoCipher(algorithm, keySize);
    }

    /** An ESP integrity transform: {@code esp-sha-hmac}, {@code esp-sha256-hmac}, {@code esp-md5-hmac}. */
    static Integrity ciscoEspIntegrity(String transform) {
        String t = transform.toLowerCase(Locale.ROOT);
        if (!t.startsWith("esp-") || !t.endsWith("-hmac")) {
            return null;
        }
        String hash = t.substring(4, t.length() - 5);
        return hash.equals("md5") ? Integrity.MD5 : integrity(hash);
    }

    private static Cipher ciscoCipher(String algorithm, String keySize) {
        String a = algorithm.toLowerCase(Locale.ROOT);
        switch (a) {
            case "aes":
                if (keySize == null || keySize.equals("128")) {
                    return Cipher.AES128;
                }
                if (keySize.equals("192")) {
                    return Cipher.AES192;
                }
                return keySize.equals("256") ? Cipher.AES256 : null;
            case "aes-192":
                return Cipher.AES192;
            case "aes-256":
                return Cipher.AES256;
            case "3des":
                return Cipher.TRIPLE_DES;
            case "des":
                return Cipher.DES;
            default:
                return null;
        }
    }

    /** True when the word is a key size that follows {@code aes} in IOS syntax. */
    static boolean isCiscoKeySize(String word) {
        return word != null && (word.equals("128") || word.equals("192") || word.equals("256"));
    }
}
