package dev.ixls.analysis;

import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;
import java.util.Set;

/** What AWS Site-to-Site VPN accepts on any tunnel (its tunnel-option limits), in one place. */
public final class AwsLimits {

    private AwsLimits() {
    }

    public static final Set<Cipher> CIPHERS = Set.of(Cipher.AES128, Cipher.AES256, Cipher.AES128_GCM16,
            Cipher.AES256_GCM16);
    public static final Set<Integrity> INTEGRITY = Set.of(Integrity.SHA1, Integrity.SHA2_256, Integrity.SHA2_384,
            Integrity.SHA2_512);
    public static final Set<Integer> PHASE1_GROUPS = Set.of(2, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);
    public static final Set<Integer> PHASE2_GROUPS = Set.of(2, 5, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24);
    public static final Set<String> IKE_VERSIONS = Set.of("ikev1", "ikev2");

    public static final int PHASE1_MIN_LIFETIME = 900;
    public static final int PHASE1_MAX_LIFETIME = 28800;
    public static final int PHASE2_MIN_LIFETIME = 900;
    public static final int PHASE2_MAX_LIFETIME = 3600;

    /** IX's IKE SA lifetime when a proposal writes none (the converter relies on the same value). */
    public static final int IX_DEFAULT_IKE_LIFETIME = 28800;

    /** The MSS current AWS samples clamp to; older samples say 1387, and the sample's value wins. */
    public static final int MSS = 1379;

    public static final int BGP_KEEPALIVE = 10;
    public static final int BGP_HOLD = 30;

    public static final Ipv4Prefix INSIDE_RANGE = Ipv4Prefix.of("169.254.0.0/16");
    public static final int INSIDE_LENGTH = 30;

    /** Inside /30s AWS refuses to use. */
    public static final List<Ipv4Prefix> RESERVED_INSIDE = List.of(Ipv4Prefix.of("169.254.0.0/30"),
            Ipv4Prefix.of("169.254.1.0/30"), Ipv4Prefix.of("169.254.2.0/30"), Ipv4Prefix.of("169.254.3.0/30"),
            Ipv4Prefix.of("169.254.4.0/30"), Ipv4Prefix.of("169.254.5.0/30"), Ipv4Prefix.of("169.254.169.252/30"));

    /** The side of an inside /30 the customer gateway takes in every AWS sample (AWS takes the first). */
    public static Ipv4Address customerSide(Ipv4Prefix inside) {
        return inside.network().plus(2);
    }

    public static Ipv4Address awsSide(Ipv4Prefix inside) {
        return inside.network().plus(1);
    }

    /** Why AWS would refuse a pre-shared key, or null when it is acceptable. Never names the key's characters. */
    public static KeyProblem keyProblem(String key) {
        if (key.length() < 8 || key.length() > 64) {
            return new KeyProblem(KeyProblem.Kind.LENGTH, key.length());
        }
        int bad = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.'
                    || c == '_';
            if (!ok) {
                bad++;
            }
        }
        if (bad > 0) {
            return new KeyProblem(KeyProblem.Kind.CHARACTERS, bad);
        }
        if (key.charAt(0) == '0') {
            return new KeyProblem(KeyProblem.Kind.LEADING_ZERO, 0);
        }
        return null;
    }

    /**
     * A reason AWS refuses a key.
     *
     * @param count the key's length for LENGTH, the number of refused characters for CHARACTERS
     */
    public record KeyProblem(Kind kind, int count) {
        public enum Kind {
            LENGTH,
            CHARACTERS,
            LEADING_ZERO
        }
    }
}
