package dev.ixls.service;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * How one tunnel of a linked AWS sample fares in a config, as the editor features show it: the
 * code lens above its interface and the {@code ixls.tunnelStatus} command. Never holds a key.
 *
 * @param connectionId null when the sample shows none
 * @param interfaceName null when no interface carries the tunnel
 * @param interfaceRange the line opening that interface, or null
 */
public record TunnelSummary(String connectionId, String sampleUri, int number, String awsOutside,
        String interfaceName, Range interfaceRange, List<Check> checks) {

    /** One pass/fail item. */
    public record Check(String id, LocalizedText name, boolean ok) {
    }

    public int passed() {
        return (int) checks.stream().filter(Check::ok).count();
    }

    public int total() {
        return checks.size();
    }
}
