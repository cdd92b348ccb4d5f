package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * How one tunnel of a linked AWS sample fares in the config: the interface that carries it and
 * a pass/fail mark per check. Never holds a key.
 *
 * @param interfaceName the tunnel interface bound to the tunnel's AWS address, or null if none
 * @param interfaceRange the line opening that interface, or null if none
 */
public record TunnelStatus(LinkedSample sample, AwsTunnel tunnel, String interfaceName, Range interfaceRange,
        List<TunnelCheck> checks) {

    public int passed() {
        return (int) checks.stream().filter(TunnelCheck::ok).count();
    }

    public int total() {
        return checks.size();
    }
}
