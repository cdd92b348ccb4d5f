package dev.ixls.transcript;

/**
 * A ping and its statistics: {@code 3 packets transmitted, 3 packets received, 0% packet loss}.
 *
 * @param target the address pinged
 * @param statistics the statistics line, or null when the output stops before it
 */
public record PingResult(String target, Integer transmitted, Integer received, ShowLine first, ShowLine statistics) {

    public boolean answered() {
        return received != null && received > 0;
    }
}
