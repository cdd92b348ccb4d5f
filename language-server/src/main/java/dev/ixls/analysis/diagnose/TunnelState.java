package dev.ixls.analysis.diagnose;

import java.util.Locale;

/** How a tunnel stands according to the router's output. */
public enum TunnelState {
    /** Every layer the transcript shows is up, phase 2 included. */
    UP,
    /** IPsec and BGP are up, but routes do not flow (none from AWS, or none to it). */
    IMPAIRED,
    /** A layer the transcript shows is down. */
    DOWN,
    /** The transcript does not show enough to tell. */
    UNKNOWN;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
