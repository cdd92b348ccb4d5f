package dev.ixls.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recovers the line structure of a Cisco IOS sample whose line breaks were lost, as happens when
 * the sample is copied from a web page: {@code ... hash sha exit ! crypto keyring ...} or
 * {@code ... profile ipsec-vpn-x-0 ! This option causes the router ... fragmentation. ip tcp
 * adjust-mss 1379 no shutdown exit}.
 *
 * <p>A line is broken before every stand-alone {@code !} (a comment runs to the next break) and
 * before every word that starts a command the AWS sample uses. A command start is recognised by
 * its first words and the shape of its arguments ({@code group} followed by a number,
 * {@code neighbor} by an address, ...), and the words a command start consumes are never looked
 * at again, so {@code crypto keyring keyring-vpn-...} is one command and not two, and
 * {@code track 100 ip sla 100 reachability} stays whole.
 */
final class CiscoLineBreaker {

    /** One recovered line and the zero-based source line it came from. */
    record BrokenLine(String text, int sourceLine) {
    }

    /** The recovered lines; {@code flattened} tells whether any source line had to be broken. */
    record Result(List<BrokenLine> lines, boolean flattened) {
    }

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern NUMBER = Pattern.compile("[0-9]+");
    private static final Pattern INTERFACE_NAME = Pattern.compile("[A-Za-z][A-Za-z-]*[0-9][0-9/.:]*");
    private static final Set<String> HASHES = Set.of("sha", "sha256", "sha384", "sha512", "md5");
    private static final Set<String> IKE_ENCRYPTION = Set.of("aes", "3des", "des", "aes-192", "aes-256");

    private CiscoLineBreaker() {
    }

    /**
     * Re-breaks the lines of a sample when at least one of them holds run-in commands; otherwise
     * returns the lines unchanged.
     */
    /** The lines as they are, one command each. */
    static Result asIs(List<String> sourceLines) {
        List<BrokenLine> lines = new ArrayList<>(sourceLines.size());
        for (int i = 0; i < sourceLines.size(); i++) {
            lines.add(new BrokenLine(sourceLines.get(i), i));
        }
        return new Result(lines, false);
    }

    static Result rebreak(List<String> sourceLines) {
        boolean flattened = false;
        for (String line : sourceLines) {
            if (isRunIn(line)) {
                flattened = true;
                break;
            }
        }
        List<BrokenLine> lines = new ArrayList<>(sourceLines.size());
        for (int i = 0; i < sourceLines.size(); i++) {
            if (!flattened) {
                lines.add(new BrokenLine(sourceLines.get(i), i));
                continue;
            }
            for (String piece : split(sourceLines.get(i))) {
                lines.add(new BrokenLine(piece, i));
            }
        }
        return new Result(lines, flattened);
    }

    /**
     * True when the line holds more than one command (or a command and a comment), so its line
     * breaks were lost. A comment line counts only when it holds the start of a configuration
     * block and an {@code exit}: prose comments mention commands but never run into them.
     */
    static boolean isRunIn(String line) {
        String[] w = words(line);
        if (w.length < 2) {
            return false;
        }
        if (w[0].startsWith("!")) {
            boolean blockStart = false;
            boolean exit = false;
            for (int i = 1; i < w.length; i++) {
                blockStart |= isBlockStart(w, i);
                exit |= w[i].equals("exit");
            }
            return blockStart && exit;
        }
        return split(line).size() > 1;
    }

    /** Breaks one line into commands and comments; a line that holds nothing yields one empty piece. */
    static List<String> split(String line) {
        String[] w = words(line);
        List<String> pieces = new ArrayList<>();
        if (w.length == 0) {
            pieces.add("");
            return pieces;
        }
        StringBuilder current = new StringBuilder();
        boolean inComment = false;
        int i = 0;
        while (i < w.length) {
            if (w[i].equals("!")) {
                flush(pieces, current);
                current.append('!');
                inComment = true;
                i++;
                if (i < w.length && commandLength(w, i) > 0) {
                    // `! crypto ...`: the `!` was a separator line of its own.
                    flush(pieces, current);
                }
                continue;
            }
            int length = commandLength(w, i);
            if (length == 1 && inComment && !endsCommand(w, i + 1)) {
                // a one-word command ("exit", "end") inside prose is a word of the prose
                length = 0;
            }
            if (length > 0) {
                flush(pieces, current);
                inComment = false;
                for (int k = 0; k < length; k++) {
                    append(current, w[i + k]);
                }
                i += length;
                continue;
            }
            append(current, w[i]);
            i++;
        }
        flush(pieces, current);
        return pieces;
    }

    private static boolean endsCommand(String[] w, int next) {
        return next >= w.length || w[next].equals("!") || commandLength(w, next) > 0;
    }

    private static void append(StringBuilder current, String word) {
        if (current.length() > 0) {
            current.append(' ');
        }
        current.append(word);
    }

    private static void flush(List<String> pieces, StringBuilder current) {
        if (current.length() > 0) {
            pieces.add(current.toString());
            current.setLength(0);
        }
    }

    private static String[] words(String line) {
        String trimmed = line.strip();
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }

    /** A command that opens one of the sample's configuration blocks. */
    private static boolean isBlockStart(String[] w, int i) {
        return (is(w, i, "crypto") && (is(w, i + 1, "keyring") || is(w, i + 1, "isakmp") && is(w, i + 2, "policy")
                        || is(w, i + 1, "ipsec") && is(w, i + 2, "transform-set")))
                || is(w, i, "interface") && matches(w, i + 1, INTERFACE_NAME)
                || is(w, i, "router") && is(w, i + 1, "bgp");
    }

    /**
     * The number of words that make up the fixed start of a sample command at {@code i}, or 0 when
     * no command the AWS sample uses starts there.
     */
    static int commandLength(String[] w, int i) {
        switch (w[i]) {
            case "crypto":
                if (is(w, i + 1, "isakmp")) {
                    if ((is(w, i + 2, "policy") && matches(w, i + 3, NUMBER)) || (is(w, i + 2, "profile") && has(w, i + 3))) {
                        return 4;
                    }
                    return is(w, i + 2, "keepalive") ? 3 : 0;
                }
                if (is(w, i + 1, "keyring") && has(w, i + 2)) {
                    return 3;
                }
                if (is(w, i + 1, "ikev2") && has(w, i + 2)) {
                    // crypto ikev2 proposal|policy|keyring|profile NAME (the IKEv2 rendering)
                    return has(w, i + 3) ? 4 : 3;
                }
                if (is(w, i + 1, "ipsec") && has(w, i + 2)) {
                    if ((is(w, i + 2, "transform-set") || is(w, i + 2, "profile")) && has(w, i + 3)) {
                        return 4;
                    }
                    return is(w, i + 2, "df-bit") || is(w, i + 2, "security-association")
                            || is(w, i + 2, "fragmentation") ? 3 : 0;
                }
                return 0;
            case "encryption":
                return has(w, i + 1) && (IKE_ENCRYPTION.contains(w[i + 1]) || w[i + 1].startsWith("aes-cbc-")
                        || w[i + 1].startsWith("aes-gcm-")) ? 2 : 0;
            case "authentication":
                if ((is(w, i + 1, "local") || is(w, i + 1, "remote")) && is(w, i + 2, "pre-share")) {
                    return 3; // IKEv2 profile
                }
                return is(w, i + 1, "pre-share") || is(w, i + 1, "rsa-sig") || is(w, i + 1, "rsa-encr") ? 2 : 0;
            case "integrity":
            case "proposal":
                return has(w, i + 1) && !w[i + 1].equals("!") ? 2 : 0; // IKEv2 proposal and policy
            case "peer":
                return has(w, i + 1) && !w[i + 1].equals("!") ? 2 : 0; // IKEv2 keyring
            case "address":
                return isAddress(w, i + 1) ? 2 : 0; // IKEv2 keyring peer
            case "dpd":
                return matches(w, i + 1, NUMBER) && matches(w, i + 2, NUMBER) ? 3 : 0;
            case "group":
            case "lifetime":
            case "timeout":
            case "frequency":
                return matches(w, i + 1, NUMBER) ? 2 : 0;
            case "hash":
                return has(w, i + 1) && HASHES.contains(w[i + 1]) ? 2 : 0;
            case "exit":
            case "exit-address-family":
            case "end":
                return 1;
            case "local-address":
            case "keyring":
                return has(w, i + 1) && !w[i + 1].equals("!") ? 2 : 0;
            case "pre-shared-key":
                if (is(w, i + 1, "address")) {
                    return 2;
                }
                // IKEv2 keyring peer: pre-shared-key [local|remote] KEY
                return is(w, i + 1, "local") || is(w, i + 1, "remote") ? (has(w, i + 2) ? 3 : 0) : has(w, i + 1) ? 2 : 0;
            case "match":
                // match identity address A (IKEv1), match identity remote address A [MASK], match address local A|interface IF
                if (is(w, i + 1, "identity") && is(w, i + 2, "remote") && is(w, i + 3, "address") && isAddress(w, i + 4)) {
                    return isAddress(w, i + 5) ? 6 : 5;
                }
                if (is(w, i + 1, "identity") && is(w, i + 2, "address") && isAddress(w, i + 3)) {
                    return 4;
                }
                if (is(w, i + 1, "address") && is(w, i + 2, "local") && has(w, i + 3)) {
                    return is(w, i + 3, "interface") && has(w, i + 4) ? 5 : 4;
                }
                return is(w, i + 1, "identity") ? 2 : 0;
            case "mode":
                return is(w, i + 1, "tunnel") || is(w, i + 1, "transport") ? 2 : 0;
            case "set":
                return is(w, i + 1, "pfs") || is(w, i + 1, "security-association") || is(w, i + 1, "transform-set")
                        || is(w, i + 1, "ikev2-profile") ? 2 : 0;
            case "interface":
                return matches(w, i + 1, INTERFACE_NAME) ? 2 : 0;
            case "ip":
                if ((is(w, i + 1, "address") || is(w, i + 1, "route")) && isAddress(w, i + 2)) {
                    return 2;
                }
                if (is(w, i + 1, "tcp") && is(w, i + 2, "adjust-mss")) {
                    return 3;
                }
                return is(w, i + 1, "virtual-reassembly") || is(w, i + 1, "sla") ? 2 : 0;
            case "tunnel":
                return is(w, i + 1, "source") || is(w, i + 1, "destination") || is(w, i + 1, "mode")
                        || is(w, i + 1, "protection") ? 2 : 0;
            case "no":
                return is(w, i + 1, "shutdown") || is(w, i + 1, "auto-summary") ? 2 : 0;
            case "router":
                return is(w, i + 1, "bgp") && matches(w, i + 2, NUMBER) ? 3 : 0;
            case "neighbor":
            case "network":
            case "icmp-echo":
                return isAddress(w, i + 1) ? 2 : 0;
            case "address-family":
                return is(w, i + 1, "ipv4") || is(w, i + 1, "ipv6") ? 2 : 0;
            case "track":
                if (!matches(w, i + 1, NUMBER)) {
                    return 0;
                }
                // `track 100 ip sla 100 reachability`: the `ip sla` is an argument, not a command
                return is(w, i + 2, "ip") && is(w, i + 3, "sla") ? 4 : 2;
            default:
                return 0;
        }
    }

    private static boolean has(String[] w, int i) {
        return i < w.length;
    }

    private static boolean is(String[] w, int i, String word) {
        return i < w.length && w[i].equals(word);
    }

    private static boolean matches(String[] w, int i, Pattern pattern) {
        return i < w.length && pattern.matcher(w[i]).matches();
    }

    private static boolean isAddress(String[] w, int i) {
        return i < w.length && Ipv4.isAddress(w[i]);
    }
}
