package dev.ixls.transcript;

import java.util.Map;

/**
 * One ISAKMP (IKEv1 phase 1) SA of {@code show ike sa}, from its {@code Local address is} line to
 * the next. Only {@code State is established} was ever seen in real output; any other word is read
 * as a phase 1 that is not (yet) up.
 *
 * @param localAddress as printed (a published transcript may mask it: {@code 42.144.XX.XX})
 * @param localPort null when not printed
 * @param state the word(s) after {@code State is}, or null when the block has no such line
 * @param counters {@code ph1 success}, {@code ph1 failure}, {@code ph1 hash err}, {@code ph1 timeout},
 *                 {@code ph1 resend} and the same for {@code ph2}, as printed
 * @param lines the line each field and counter was read from, by the same names
 *              ({@code local}, {@code remote}, {@code policy}, {@code state}, {@code dh}, and the counters)
 */
public record IkeSa(String localAddress, Integer localPort, String remoteAddress, Integer remotePort, String policy,
        String direction, String exchangeType, boolean natTraversal, String state, String encryption, String hash,
        String dhGroup, Integer lifetimeSeconds, Map<String, Integer> counters, Map<String, ShowLine> lines) {

    public boolean isEstablished() {
        return "established".equalsIgnoreCase(state);
    }

    /** A counter's value, 0 when the block does not print it. */
    public int counter(String name) {
        return counters.getOrDefault(name, 0);
    }

    /** The line a field or counter was read from, else the block's first line. */
    public ShowLine line(String name) {
        ShowLine l = lines.get(name);
        return l != null ? l : lines.get("local");
    }
}
