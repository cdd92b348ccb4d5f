package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * The codes of {@code ixls diagnose}: the likely causes of a tunnel that is down (IX701-IX708,
 * IX710), the tunnel whose state the transcript does not show (IX709), and the note on text not
 * read (IX700). Each has a title and a reason in the message catalogs and a section in
 * docs/diagnose.md.
 */
public enum Cause {
    TEXT_NOT_READ("IX700"),
    UDP_NOT_REACHING("IX701"),
    PRESHARED_KEY_MISMATCH("IX702"),
    PHASE1_REJECTED("IX703"),
    PHASE2_REJECTED("IX704"),
    TUNNEL_SHUT_DOWN("IX705"),
    BGP_NOT_ESTABLISHED("IX706"),
    NO_ROUTES_FROM_AWS("IX707"),
    NOTHING_ADVERTISED("IX708"),
    STATE_NOT_SHOWN("IX709"),
    NO_IKE_SA("IX710");

    public static final String DOCS = "https://github.com/ixls/ixls/blob/main/docs/diagnose.md";

    private final String code;

    Cause(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return Messages.text(code + ".title");
    }

    public LocalizedText reason() {
        return Messages.text(code + ".reason");
    }

    public String docsUrl() {
        return DOCS + "#" + code.toLowerCase(Locale.ROOT);
    }

    /** Every code in order, for SARIF's rule list. */
    public static List<Cause> all() {
        return List.of(values());
    }
}
