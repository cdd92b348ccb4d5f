package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;

/** How diagnoses name a tunnel. */
final class Names {

    private Names() {
    }

    /** {@code tunnel 2 (AWS 52.198.204.130)}, or {@code the tunnel to 203.0.113.9} without a sample. */
    static LocalizedText tunnel(TunnelFacts f) {
        return f.tunnel != null ? Messages.text("diagnose.tunnel", "number", f.number, "peer", f.peer)
                : Messages.text("diagnose.tunnelToPeer", "peer", f.peer);
    }

    /** Clauses of one sentence: {@code a; b} in English, {@code a。b} in Japanese. */
    static LocalizedText clauses(java.util.List<LocalizedText> parts) {
        return LocalizedText.joined(parts, "; ", "。");
    }
}
