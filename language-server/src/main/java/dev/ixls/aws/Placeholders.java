package dev.ixls.aws;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stand-ins AWS's documented samples (and samples downloaded before a value was known) use
 * where a real value belongs: {@code YOUR_BGP_ASN}, {@code YOUR_UPLINK_ADDRESS},
 * {@code <interface_name/private_IP_on_outside_interface>}, {@code CUSTOMER_IP}, keys such as
 * {@code plain-text-password1} or {@code PASSWORD}. Seen in AWS's Network Administrator Guide
 * examples (awsdocs/amazon-vpc-network-administrator-guide, doc_source/Cisco.md, Cisco_NoBGP.md,
 * Cisco_ASA.md, GenericConfig.md) and in current downloads.
 */
final class Placeholders {

    private static final Pattern ANGLE = Pattern.compile("<[^<>\\s]{1,80}>");
    private static final Pattern SHOUTED = Pattern.compile("(?:YOUR|CUSTOMER|AWS)_[A-Z0-9_]{1,40}");
    private static final Set<String> WORDS = Set.of("CUSTOMER_IP", "YOUR_UPLINK_ADDRESS", "YOUR_BGP_ASN",
            "AWS_ENDPOINT_1", "AWS_ENDPOINT_2", "OUTSIDE_INTERFACE", "'OUTSIDE_INTERFACE'");
    /** Keys the documentation examples print in place of a real key. */
    private static final Set<String> KEY_WORDS = Set.of("password", "password_here", "pre-shared-key",
            "preshared-key", "presharedkey", "pre_shared_key", "pre-shared-key-in-plain-text", "plain-text-password1",
            "plain-text-password2", "your_psk", "psk");
    private static final Pattern AWS_KEY = Pattern.compile("[A-Za-z0-9._]{8,64}");

    private Placeholders() {
    }

    /** True for a word that stands in for a value: {@code <...>}, {@code YOUR_...}, {@code CUSTOMER_IP}. */
    static boolean isPlaceholder(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return ANGLE.matcher(t).matches() || SHOUTED.matcher(t).matches()
                || WORDS.contains(t.toUpperCase(Locale.ROOT));
    }

    /** The placeholder as it may be shown in a message, or "" when it might be something else. */
    static String shown(String text) {
        return isPlaceholder(text) ? text.strip() : "";
    }

    /**
     * True when AWS cannot have issued the key: not 8 to 64 characters of its alphabet, a leading
     * {@code 0}, or a word the documentation prints in place of a key. Never says which.
     */
    static boolean isPlaceholderKey(String key) {
        if (key == null) {
            return false;
        }
        return !AWS_KEY.matcher(key).matches() || key.startsWith("0")
                || KEY_WORDS.contains(key.toLowerCase(Locale.ROOT)) || isPlaceholder(key);
    }
}
