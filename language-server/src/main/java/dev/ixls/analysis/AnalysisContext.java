package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;
import java.util.Optional;

/**
 * What a rule sees: the config, the AWS samples linked to it, and the catalog.
 *
 * @param location the checked document's URI or path
 */
public record AnalysisContext(String location, IxConfig config, List<LinkedSample> samples, CommandCatalog catalog,
        Derived derived) {

    public AnalysisContext(String location, IxConfig config, List<LinkedSample> samples, CommandCatalog catalog) {
        this(location, config, samples, catalog, new Derived());
    }

    /** Facts about the config that several rules read, computed on first use, once per check. */
    public static final class Derived {
        private ConfigGaps gaps;
        private List<CryptoOffers.PeerOffer> awsOffers;

        synchronized List<CryptoOffers.PeerOffer> awsOffers(AnalysisContext context) {
            if (awsOffers == null) {
                awsOffers = List.copyOf(CryptoOffers.computeForAwsPeers(context));
            }
            return awsOffers;
        }

        synchronized ConfigGaps gaps(IxConfig config) {
            if (gaps == null) {
                gaps = ConfigGaps.of(config);
            }
            return gaps;
        }
    }

    /** What the config may hold that ixls cannot see (see {@link ConfigGaps}). */
    public ConfigGaps gaps() {
        return derived.gaps(config);
    }

    private static final Ipv4Prefix LINK_LOCAL = Ipv4Prefix.of("169.254.0.0/16");

    public boolean hasSamples() {
        return !samples.isEmpty();
    }

    /** The sample tunnel whose AWS outside address is this peer, with its sample. */
    public Optional<SampleTunnel> sampleTunnel(String peer) {
        if (peer == null) {
            return Optional.empty();
        }
        for (LinkedSample s : samples) {
            for (AwsTunnel t : s.sample().tunnels()) {
                if (t.awsOutsideAddress().equals(peer)) {
                    return Optional.of(new SampleTunnel(s, t));
                }
            }
        }
        return Optional.empty();
    }

    /** A tunnel of a linked sample, with the sample it belongs to. */
    public record SampleTunnel(LinkedSample sample, AwsTunnel tunnel) {
    }

    /**
     * Whether an IKE peer is an AWS endpoint: its address is in a linked sample, or, with no
     * sample linked, the tunnels of this config use AWS's 169.254.0.0/16 inside addresses.
     */
    public boolean isAwsPeer(String peer) {
        if (peer == null || peer.equals("any")) {
            return false;
        }
        if (hasSamples()) {
            return sampleTunnel(peer).isPresent();
        }
        List<Interface> tunnels = config.tunnelsToPeer(peer);
        if (!tunnels.isEmpty()) {
            return tunnels.stream().anyMatch(AnalysisContext::hasLinkLocalAddress);
        }
        return config.tunnelInterfaces().stream().anyMatch(AnalysisContext::hasLinkLocalAddress);
    }

    /** Whether a tunnel interface leads to an AWS peer (see {@link #isAwsPeer}). */
    public boolean isAwsTunnel(Interface i) {
        String peer = config.peerOf(i);
        if (peer != null) {
            return isAwsPeer(peer);
        }
        return !hasSamples() && i.isTunnel() && hasLinkLocalAddress(i);
    }

    private static boolean hasLinkLocalAddress(Interface i) {
        return i.address() != null && LINK_LOCAL.contains(i.address().address());
    }
}
