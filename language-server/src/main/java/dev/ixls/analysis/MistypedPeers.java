package dev.ixls.analysis;

import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.model.Ikev2Key;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The config's peer addresses that are not in the linked samples but were evidently meant for one
 * of their tunnels: a near-typo of a sample address, or the peer of a tunnel interface that carries
 * a sample tunnel's inside address. One mistake, one finding: IX502 reports the typo with its fix,
 * and the rules whose findings the typo explains (an IKE policy and an IPsec map that no longer
 * pair up, a tunnel that looks missing) and the per-tunnel status read the mistyped peer as the
 * tunnel's. Computed once per check ({@link AnalysisContext.Derived}).
 */
public final class MistypedPeers {

    /** Edits between a typed address and a sample address that still read as a typo. */
    private static final int TYPO_DISTANCE = 2;

    /** Mistyped peer to the sample tunnel meant, in the config's order. */
    private final Map<String, SampleTunnel> meant;

    private MistypedPeers(Map<String, SampleTunnel> meant) {
        this.meant = meant;
    }

    public static MistypedPeers of(AnalysisContext context) {
        return context.derived().mistypedPeers(context);
    }

    static MistypedPeers compute(AnalysisContext context) {
        Map<String, SampleTunnel> meant = new LinkedHashMap<>();
        if (!context.hasSamples()) {
            return new MistypedPeers(meant);
        }
        List<SampleTunnel> all = new ArrayList<>();
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                all.add(new SampleTunnel(s, t));
            }
        }
        IxConfig config = context.config();
        List<String> peers = new ArrayList<>();
        config.ikePolicies().values().forEach(p -> peers.add(p.peer()));
        config.ipsecMaps().values().forEach(m -> peers.add(m.peer()));
        for (Ikev2Key k : config.ikev2Keys()) {
            if (k.idType().equals("ipv4")) {
                peers.add(k.id());
            }
        }
        for (Interface i : config.interfaces().values()) {
            if (i.ikev2Peer() != null) {
                peers.add(i.ikev2Peer());
            }
        }
        for (String peer : peers) {
            if (peer == null || peer.equals("any") || meant.containsKey(peer) || context.sampleTunnel(peer).isPresent()) {
                continue;
            }
            SampleTunnel tunnel = config.tunnelsToPeer(peer).stream().filter(i -> i.address() != null)
                    .map(i -> AwsTunnels.byInsideAddress(context, i.address().address())).flatMap(Optional::stream)
                    .findFirst().orElseGet(() -> byTypo(all, peer));
            if (tunnel != null) {
                meant.put(peer, tunnel);
            }
        }
        return new MistypedPeers(meant);
    }

    private static SampleTunnel byTypo(List<SampleTunnel> all, String peer) {
        SampleTunnel best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (SampleTunnel st : all) {
            int d = ClosestName.distance(peer, st.tunnel().awsOutsideAddress());
            if (d < bestDistance) {
                bestDistance = d;
                best = st;
            }
        }
        return bestDistance <= TYPO_DISTANCE ? best : null;
    }

    /** The sample tunnel a mistyped peer was meant for; empty for a right peer or another VPN's. */
    public Optional<SampleTunnel> meantFor(String peer) {
        return Optional.ofNullable(meant.get(peer));
    }

    public boolean isMistyped(String peer) {
        return meant.containsKey(peer);
    }

    /** The mistyped peers meant for a sample tunnel's AWS address, in the config's order. */
    public List<String> mistypingsOf(String awsAddress) {
        List<String> out = new ArrayList<>();
        meant.forEach((peer, st) -> {
            if (st.tunnel().awsOutsideAddress().equals(awsAddress)) {
                out.add(peer);
            }
        });
        return out;
    }

    /**
     * Every address the config may use for the same AWS tunnel as {@code peer}: the sample's own
     * address and its mistypings. A peer that is no AWS tunnel's stands alone.
     */
    public Set<String> sameTunnel(String peer) {
        String right = meantFor(peer).map(st -> st.tunnel().awsOutsideAddress()).orElse(peer);
        Set<String> out = new java.util.LinkedHashSet<>();
        out.add(right);
        out.addAll(mistypingsOf(right));
        out.add(peer);
        return out;
    }
}
