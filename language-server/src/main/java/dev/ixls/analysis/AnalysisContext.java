package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.net.Ipv4Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
        private StatementIndex statements;
        private ConfigGaps gaps;
        private List<CryptoOffers.PeerOffer> awsOffers;
        private Set<String> peers;
        private TunnelInterfaces tunnelInterfaces;
        private List<Interface> awsTunnels;
        private Predicate<Ipv4Address> awsNeighbors;
        private SubnetIndex<Interface> connectedSubnets;
        private AwsEvidence awsEvidence;
        private MistypedPeers mistypedPeers;

        synchronized MistypedPeers mistypedPeers(AnalysisContext context) {
            if (mistypedPeers == null) {
                mistypedPeers = MistypedPeers.compute(context);
            }
            return mistypedPeers;
        }

        synchronized AwsEvidence awsEvidence(IxConfig config) {
            if (awsEvidence == null) {
                awsEvidence = new AwsEvidence(config);
            }
            return awsEvidence;
        }

        synchronized List<CryptoOffers.PeerOffer> awsOffers(AnalysisContext context) {
            if (awsOffers == null) {
                awsOffers = List.copyOf(CryptoOffers.computeForAwsPeers(context));
            }
            return awsOffers;
        }

        synchronized Set<String> peers(IxConfig config) {
            if (peers == null) {
                peers = Collections.unmodifiableSet(SampleLinks.peersOf(config));
            }
            return peers;
        }

        synchronized StatementIndex statements(IxConfig config) {
            if (statements == null) {
                statements = StatementIndex.of(config.parsed().statements());
            }
            return statements;
        }

        synchronized ConfigGaps gaps(IxConfig config) {
            if (gaps == null) {
                gaps = ConfigGaps.of(config, statements(config));
            }
            return gaps;
        }

        synchronized TunnelInterfaces tunnelInterfaces(IxConfig config) {
            if (tunnelInterfaces == null) {
                tunnelInterfaces = TunnelInterfaces.of(config);
            }
            return tunnelInterfaces;
        }

        synchronized List<Interface> awsTunnels(AnalysisContext context) {
            if (awsTunnels == null) {
                List<Interface> aws = new ArrayList<>();
                for (Interface i : tunnelInterfaces(context.config()).all()) {
                    if (context.isAwsTunnel(i)) {
                        aws.add(i);
                    }
                }
                awsTunnels = List.copyOf(aws);
            }
            return awsTunnels;
        }

        synchronized Predicate<Ipv4Address> awsNeighbors(AnalysisContext context) {
            if (awsNeighbors == null) {
                awsNeighbors = AwsTunnels.computeAwsNeighbors(context);
            }
            return awsNeighbors;
        }

        synchronized SubnetIndex<Interface> connectedSubnets(IxConfig config) {
            if (connectedSubnets == null) {
                SubnetIndex<Interface> index = new SubnetIndex<>();
                for (Interface i : config.interfaces().values()) {
                    if (i.address() != null) {
                        index.add(i.address().subnet(), i);
                    }
                }
                connectedSubnets = index;
            }
            return connectedSubnets;
        }
    }

    /** The config's tunnel interfaces in file order, listed once per check: rules walk them. */
    record TunnelInterfaces(List<Interface> all) {

        static TunnelInterfaces of(IxConfig config) {
            return new TunnelInterfaces(config.tunnelInterfaces());
        }
    }

    /** The config's statements by command, and those ixls could not fully read (see {@link StatementIndex}). */
    public StatementIndex statements() {
        return derived.statements(config);
    }

    /** What the config may hold that ixls cannot see (see {@link ConfigGaps}). */
    public ConfigGaps gaps() {
        return derived.gaps(config);
    }

    /** The config's tunnel interfaces in file order, listed once per check. */
    public List<Interface> tunnelInterfaces() {
        return derived.tunnelInterfaces(config).all();
    }

    /** The tunnel interfaces that lead to an AWS peer ({@link #isAwsTunnel}), in file order. */
    public List<Interface> awsTunnels() {
        return derived.awsTunnels(this);
    }

    /** The subnets of every interface with an address, in file order (see {@link SubnetIndex}). */
    public SubnetIndex<Interface> connectedSubnets() {
        return derived.connectedSubnets(config);
    }

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
     * sample linked, it is clearly AWS's: the tunnel to it has an inside address in AWS's
     * 169.254.0.0/16 and the config says AWS (see {@link AwsEvidence}). Never for a peer merely
     * because some tunnel of the config is numbered from 169.254.0.0/16.
     */
    public boolean isAwsPeer(String peer) {
        if (peer == null || peer.equals("any")) {
            return false;
        }
        if (hasSamples()) {
            return sampleTunnel(peer).isPresent();
        }
        return derived.awsEvidence(config).isAwsPeer(peer);
    }

    /** Whether a tunnel interface leads to an AWS peer (see {@link #isAwsPeer}). */
    public boolean isAwsTunnel(Interface i) {
        String peer = config.peerOf(i);
        if (peer != null) {
            return isAwsPeer(peer);
        }
        return !hasSamples() && i.isTunnel() && derived.awsEvidence(config).isAwsTunnel(i, null);
    }
}
