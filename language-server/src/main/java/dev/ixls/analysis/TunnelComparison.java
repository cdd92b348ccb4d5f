package dev.ixls.analysis;

import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.PeerOffer;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.PresharedKey;
import dev.ixls.aws.Routing;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Ikev2Key;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One tunnel of a linked AWS sample set beside the config: the pieces of the config that serve
 * it and how each compares with the sample. The cross-check rules (IX5xx) report from this, and
 * the per-tunnel status counts from it, so both always agree.
 */
public final class TunnelComparison {

    public enum KeyState {
        MATCHES,
        DIFFERS,
        MISSING
    }

    private final SampleTunnel sampleTunnel;
    private final AwsAcceptance accepts;
    private final PeerOffer offer;
    private final Interface tunnelInterface;
    private final Word keyWord;
    private final PresharedKey key;
    private final RouterBgp bgp;
    private final BgpNeighbor neighbor;
    private final BgpNeighbor neighborCandidate;
    private final boolean ikePeerMistyped;
    private final boolean ipsecPeerMistyped;

    private TunnelComparison(AnalysisContext context, SampleTunnel st) {
        IxConfig config = context.config();
        AwsTunnel t = st.tunnel();
        String peer = t.awsOutsideAddress();
        this.sampleTunnel = st;
        this.accepts = AwsAcceptance.of(t);
        // A peer mistyped on the config's lines is still this tunnel's (IX502 reports the typo): the
        // rest of those lines (key, proposals, interface) is compared, not reported missing.
        List<String> mistypings = MistypedPeers.of(context).mistypingsOf(peer);
        List<String> names = new ArrayList<>();
        names.add(peer);
        names.addAll(mistypings);
        this.offer = CryptoOffers.forTunnel(config, peer, mistypings).orElse(null);
        this.tunnelInterface = names.stream().flatMap(n -> config.tunnelsToPeer(n).stream()).findFirst().orElse(null);

        Statement keyLine = null;
        PresharedKey k = null;
        String keyPeer = null;
        // The key of the IKE version in use; without an offer, whichever key the config has.
        boolean ikev2 = offer != null ? offer.version().equals("ikev2")
                : names.stream().anyMatch(n -> config.ikev2KeyFor(n).isPresent());
        if (ikev2) {
            for (String n : names) {
                Optional<Ikev2Key> v2 = config.ikev2KeyFor(n);
                if (v2.isPresent()) {
                    keyLine = v2.get().statement();
                    k = v2.get().key();
                    keyPeer = n;
                    break;
                }
            }
        } else {
            for (String n : names) {
                Optional<IkePolicy> policy = config.ikePolicyForPeer(n);
                if (policy.isPresent()) {
                    keyLine = policy.get().statement();
                    k = policy.get().key();
                    keyPeer = n;
                    break;
                }
            }
            if (keyLine == null) {
                Optional<IkePolicy> any = config.ikePolicyForPeer("any");
                if (any.isPresent()) {
                    keyLine = any.get().statement();
                    k = any.get().key();
                }
            }
        }
        this.ikePeerMistyped = keyPeer != null && !keyPeer.equals(peer);
        this.ipsecPeerMistyped = config.ipsecMapForPeer(peer).isEmpty()
                && mistypings.stream().anyMatch(n -> config.ipsecMapForPeer(n).isPresent()
                        || config.tunnelsToPeer(n).stream().anyMatch(i -> n.equals(i.ikev2Peer())));
        this.key = k;
        this.keyWord = keyLine == null ? null : keyLine.argWord("key");

        this.bgp = config.bgp();
        BgpNeighbor exact = null;
        BgpNeighbor candidate = null;
        Ipv4Address expected = t.awsInsideAddress() == null ? null : Ipv4Address.parse(t.awsInsideAddress()).orElse(null);
        if (bgp != null && expected != null) {
            for (BgpNeighbor n : bgp.neighbors()) {
                if (n.address().equals(expected)) {
                    exact = n;
                }
            }
            if (exact == null) {
                candidate = candidate(context, st, expected);
            }
        }
        this.neighbor = exact;
        this.neighborCandidate = candidate;
    }

    public static TunnelComparison of(AnalysisContext context, SampleTunnel st) {
        return new TunnelComparison(context, st);
    }

    /** Every tunnel of every linked sample, in sample order then tunnel number. */
    public static List<TunnelComparison> all(AnalysisContext context) {
        List<TunnelComparison> out = new ArrayList<>();
        for (LinkedSample s : context.samples()) {
            s.sample().tunnels().stream().sorted(java.util.Comparator.comparingInt(AwsTunnel::number))
                    .forEach(t -> out.add(new TunnelComparison(context, new SampleTunnel(s, t))));
        }
        return out;
    }

    public SampleTunnel sampleTunnel() {
        return sampleTunnel;
    }

    public AwsTunnel tunnel() {
        return sampleTunnel.tunnel();
    }

    /** What AWS negotiates on this tunnel. */
    public AwsAcceptance accepts() {
        return accepts;
    }

    /** The config's IKE offer to this tunnel's AWS address, if it has one. */
    public Optional<PeerOffer> offer() {
        return Optional.ofNullable(offer);
    }

    /** Whether the IKE policy or IKEv2 key serving this tunnel names its peer mistyped (IX502). */
    public boolean ikePeerMistyped() {
        return ikePeerMistyped;
    }

    /** Whether the IPsec map or IKEv2 peer serving this tunnel names its peer mistyped (IX502). */
    public boolean ipsecPeerMistyped() {
        return ipsecPeerMistyped;
    }

    /** The tunnel interface bound to this tunnel's AWS address, or null. */
    public Interface tunnelInterface() {
        return tunnelInterface;
    }

    public boolean isBgp() {
        return sampleTunnel.sample().sample().routing() == Routing.BGP && tunnel().awsAsn() != null;
    }

    // ---- key ----

    public KeyState keyState() {
        if (key == null) {
            return KeyState.MISSING;
        }
        return key.matches(tunnel().presharedKey().reveal()) ? KeyState.MATCHES : KeyState.DIFFERS;
    }
    public Word keyWord() {
        return keyWord;
    }

    /** The other tunnel of the same sample whose key the config uses here, if that is the mix-up. */
    public Optional<AwsTunnel> keyBelongsTo() {
        if (key == null) {
            return Optional.empty();
        }
        return sampleTunnel.sample().sample().tunnels().stream()
                .filter(o -> o != tunnel() && o.presharedKey().equals(key)).findFirst();
    }

    // ---- proposals ----

    /** Phase 1 values this tunnel cannot agree to; those in {@code ignored} are left out. */
    public List<Mismatch> ikeMismatches(Set<Aspect> ignored) {
        return offer == null ? List.of() : CryptoOffers.check(offer, Phase.IKE, accepts, ignored);
    }

    public List<Mismatch> ipsecMismatches(Set<Aspect> ignored) {
        return offer == null ? List.of() : CryptoOffers.check(offer, Phase.IPSEC, accepts, ignored);
    }

    // ---- inside address ----

    /** False for a policy-based sample, which states no inside addresses: nothing to compare them with. */
    public boolean insideKnown() {
        return tunnel().insideCidr() != null && tunnel().customerInsideAddress() != null;
    }

    /** The customer side of the inside /30, or null when the sample states none. */
    public Ipv4Address expectedInsideAddress() {
        return insideKnown() ? Ipv4Address.of(tunnel().customerInsideAddress()) : null;
    }

    /** The inside /30, or null when the sample states none. */
    public Ipv4Prefix expectedInsideNetwork() {
        return insideKnown() ? Ipv4Prefix.of(tunnel().insideCidr()) : null;
    }

    public boolean insideAddressMatches() {
        return insideKnown() && tunnelInterface != null && tunnelInterface.address() != null
                && tunnelInterface.address().address().equals(expectedInsideAddress())
                && tunnelInterface.address().length() == expectedInsideNetwork().length();
    }

    // ---- BGP ----

    public RouterBgp bgp() {
        return bgp;
    }

    /** The neighbor at this tunnel's AWS inside address, or null. */
    public BgpNeighbor neighbor() {
        return neighbor;
    }

    /** When no neighbor has the right address: the one most likely meant for this tunnel, or null. */
    public BgpNeighbor neighborCandidate() {
        return neighborCandidate;
    }

    /** The neighbor this tunnel's BGP session is configured with: the exact one, else the likely one. */
    public BgpNeighbor sessionNeighbor() {
        return neighbor != null ? neighbor : neighborCandidate;
    }

    public boolean remoteAsMatches() {
        if (neighbor == null) {
            return false;
        }
        List<Statement> lines = remoteAsLines(neighbor);
        return !lines.isEmpty() && lines.stream().allMatch(s -> String.valueOf(tunnel().awsAsn()).equals(s.arg("asn")));
    }

    /**
     * {@code router bgp} is the customer ASN the sample gives; a sample that shows a placeholder
     * (YOUR_BGP_ASN) gives none, so any AS matches it (as IX507 finds nothing to report).
     */
    public boolean localAsMatches() {
        return bgp != null && (tunnel().customerAsn() == null || bgp.asn() == tunnel().customerAsn());
    }

    /** Every {@code neighbor ... remote-as} line of a neighbor (router bgp and address-family). */
    public static List<Statement> remoteAsLines(BgpNeighbor n) {
        return n.statements().stream().filter(s -> s.is("bgp.neighbor.remote-as")).toList();
    }

    /**
     * A neighbor that is no tunnel's right address but sits where this tunnel's should: in its
     * inside /30, in the subnet of its tunnel interface, or a typo of its address.
     */
    private BgpNeighbor candidate(AnalysisContext context, SampleTunnel st, Ipv4Address expected) {
        List<String> allExpected = new ArrayList<>();
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel o : s.sample().tunnels()) {
                if (o.awsInsideAddress() != null) {
                    allExpected.add(o.awsInsideAddress());
                }
            }
        }
        Ipv4Prefix inside = Ipv4Prefix.parse(st.tunnel().insideCidr()).orElse(null);
        if (inside == null) {
            return null;
        }
        Ipv4Prefix ifaceSubnet = tunnelInterface == null || tunnelInterface.address() == null ? null
                : tunnelInterface.address().subnet();
        for (BgpNeighbor n : bgp.neighbors()) {
            String text = n.address().toString();
            if (allExpected.contains(text) || AwsTunnels.byInsideAddress(context, n.address())
                    .filter(o -> o.tunnel() != st.tunnel()).isPresent()) {
                continue;
            }
            boolean near = inside.contains(n.address())
                    || (ifaceSubnet != null && ifaceSubnet.length() < 32 && ifaceSubnet.contains(n.address()))
                    || ClosestName.among(text, allExpected).map(expected.toString()::equals).orElse(false);
            if (near) {
                return n;
            }
        }
        return null;
    }
}
