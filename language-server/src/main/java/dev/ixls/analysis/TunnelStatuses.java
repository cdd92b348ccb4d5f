package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The per-tunnel summary of a config against its linked AWS samples, for {@code ixls check
 * --summary} and editor code lenses. Computed from {@link TunnelComparison}, as the IX5xx rules are.
 */
public final class TunnelStatuses {

    public static final LocalizedText IKE = Messages.text("status.ike");
    public static final LocalizedText KEY = Messages.text("status.key");
    public static final LocalizedText IPSEC = Messages.text("status.ipsec");
    public static final LocalizedText INSIDE = Messages.text("status.inside");
    public static final LocalizedText NEIGHBOR = Messages.text("status.neighbor");
    public static final LocalizedText ASN = Messages.text("status.asn");

    private TunnelStatuses() {
    }

    /** One status per tunnel of every linked sample; BGP checks only for BGP samples. */
    public static List<TunnelStatus> of(AnalysisContext context) {
        List<TunnelStatus> out = new ArrayList<>();
        for (TunnelComparison c : TunnelComparison.all(context)) {
            List<TunnelCheck> checks = new ArrayList<>();
            boolean hasOffer = c.offer().isPresent();
            // A mistyped peer fails the phase whose line names it, and only that one (IX502 says why).
            checks.add(new TunnelCheck("ike", IKE, hasOffer && !c.ikePeerMistyped() && c.ikeMismatches(Set.of()).isEmpty()));
            checks.add(new TunnelCheck("key", KEY, c.keyState() == TunnelComparison.KeyState.MATCHES));
            checks.add(new TunnelCheck("ipsec", IPSEC, hasOffer && !c.ipsecPeerMistyped() && c.offer().get().hasPhase2()
                    && c.ipsecMismatches(Set.of()).isEmpty()));
            if (c.insideKnown()) { // a policy-based sample states no inside addresses
                checks.add(new TunnelCheck("inside", INSIDE, c.insideAddressMatches()));
            }
            if (c.isBgp()) {
                checks.add(new TunnelCheck("bgp-neighbor", NEIGHBOR, c.neighbor() != null));
                checks.add(new TunnelCheck("asn", ASN, c.remoteAsMatches() && c.localAsMatches()));
            }
            Interface i = c.tunnelInterface();
            out.add(new TunnelStatus(c.sampleTunnel().sample(), c.tunnel(), i == null ? null : i.name(),
                    i == null ? null : i.opener().range(), List.copyOf(checks)));
        }
        return out;
    }
}
