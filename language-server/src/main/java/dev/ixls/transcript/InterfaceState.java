package dev.ixls.transcript;

/**
 * An interface in {@code show interfaces} / {@code show ip interface}:
 * {@code Interface Tunnel0.0 is up, line protocol is up} and what follows it.
 *
 * @param state {@code up}, {@code down}, {@code administratively down} or {@code dormant}, as printed
 * @param lineProtocol null when the line does not say
 * @param address the {@code Internet address is} value, or null
 * @param packetsIn from {@code Statistics:}, or null
 */
public record InterfaceState(String name, String state, String lineProtocol, String address, Long packetsIn,
        Long packetsOut, ShowLine line) {

    public boolean isAdministrativelyDown() {
        return state.startsWith("administratively");
    }

    public boolean isUp() {
        return state.equals("up") && (lineProtocol == null || lineProtocol.equals("up"));
    }
}
