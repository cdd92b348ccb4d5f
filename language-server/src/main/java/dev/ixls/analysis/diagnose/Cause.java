package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.RuleCode;
import dev.ixls.i18n.LocalizedText;
import java.util.List;

/**
 * The causes {@code ixls diagnose} reports: the likely causes of a tunnel that is down (IX701-IX708,
 * IX710), the tunnel whose state the transcript does not show (IX709), and the note on text not
 * read (IX700). Their codes are {@link RuleCode}s, in the one set of codes ixls reports; each has
 * a title and a reason in the message catalogs and a section in docs/diagnose.md.
 */
public enum Cause {
    TEXT_NOT_READ(RuleCode.IX700),
    UDP_NOT_REACHING(RuleCode.IX701),
    PRESHARED_KEY_MISMATCH(RuleCode.IX702),
    PHASE1_REJECTED(RuleCode.IX703),
    PHASE2_REJECTED(RuleCode.IX704),
    TUNNEL_SHUT_DOWN(RuleCode.IX705),
    BGP_NOT_ESTABLISHED(RuleCode.IX706),
    NO_ROUTES_FROM_AWS(RuleCode.IX707),
    NOTHING_ADVERTISED(RuleCode.IX708),
    STATE_NOT_SHOWN(RuleCode.IX709),
    NO_IKE_SA(RuleCode.IX710);

    private final RuleCode code;

    Cause(RuleCode code) {
        this.code = code;
    }

    public RuleCode code() {
        return code;
    }

    public LocalizedText title() {
        return code.title();
    }

    public LocalizedText reason() {
        return code.reason();
    }

    public String docsUrl() {
        return code.docsUrl();
    }

    /** Every code in order, for SARIF's rule list. */
    public static List<Cause> all() {
        return List.of(values());
    }
}
