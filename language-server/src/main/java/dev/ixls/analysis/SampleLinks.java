package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Decides which AWS samples belong to a config: those that share an IKE peer address with it. */
public final class SampleLinks {

    private SampleLinks() {
    }

    public static List<LinkedSample> forConfig(IxConfig config, List<LinkedSample> candidates) {
        Set<String> peers = peersOf(config);
        return candidates.stream().filter(s -> s.sample().tunnels().stream()
                .map(AwsTunnel::awsOutsideAddress).anyMatch(peers::contains)).toList();
    }

    /** {@link #peersOf(IxConfig)}, listed once per check (several rules ask). */
    public static Set<String> peersOf(AnalysisContext context) {
        return context.derived().peers(context.config());
    }

    /** Every peer address the config names: IKE policies, IPsec maps, IKEv2 keys and peers. */
    public static Set<String> peersOf(IxConfig config) {
        Set<String> peers = new HashSet<>();
        config.ikePolicies().values().forEach(p -> peers.add(p.peer()));
        config.ipsecMaps().values().forEach(m -> peers.add(m.peer()));
        config.ikev2Keys().forEach(k -> peers.add(k.id()));
        for (Interface i : config.interfaces().values()) {
            if (i.ikev2Peer() != null) {
                peers.add(i.ikev2Peer());
            }
        }
        return peers;
    }
}
