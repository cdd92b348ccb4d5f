package dev.ixls.transcript;

import java.util.List;
import java.util.Map;

/**
 * The SAs of one tunnel interface in {@code show ipsec sa} ({@code Interface is Tunnel0.0} to the
 * next such line). IX prints no packet counters here.
 *
 * @param mode the mode line as printed: {@code Tunnel mode, 4-over-4, autokey-map}
 * @param udpEncapsulation whether ESP runs in UDP (NAT traversal)
 * @param localAddress as printed, possibly masked
 * @param localPort null when not printed
 * @param pfs the value after {@code Perfect forward secrecy is} ({@code 1024-bit}), or null
 * @param lines the line of {@code interface}, {@code map}, {@code local}, {@code remote}, {@code mtu},
 *              {@code inbound}, {@code outbound}, {@code pfs}
 */
public record IpsecSa(String interfaceName, String mapName, String mode, boolean udpEncapsulation, String localAddress,
        Integer localPort, String remoteAddress, Integer remotePort, String outgoingInterface, Integer mtu,
        Integer pathMtu, List<Entry> inbound, List<Entry> outbound, String pfs, Map<String, ShowLine> lines) {

    /** One SA of a direction: {@code ESP, SPI is 0x5678373f(1450719039)} and the lines below it. */
    public record Entry(String protocol, String spi, String transform, Integer remainingSeconds, ShowLine line) {
    }

    /** Both directions have an SA: phase 2 is up on this interface. */
    public boolean isUp() {
        return !inbound.isEmpty() && !outbound.isEmpty();
    }

    public ShowLine line(String name) {
        ShowLine l = lines.get(name);
        return l != null ? l : lines.get("interface");
    }
}
