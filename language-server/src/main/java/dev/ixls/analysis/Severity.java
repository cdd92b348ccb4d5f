package dev.ixls.analysis;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. The names match LSP's and SARIF's levels. */
public enum Severity {
    ERROR,
    WARNING,
    INFO,
    HINT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a configured severity: {@code error}, {@code warning}, {@code info}, {@code hint}, or
     * {@code off} (empty result: the rule is switched off).
     */
    public static Optional<Severity> parseSetting(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("off") || t.equals("none")) {
            return Optional.empty();
        }
        for (Severity s : values()) {
            if (s.label().equals(t) || (s == INFO && t.equals("information"))) {
                return Optional.of(s);
            }
        }
        throw new IllegalArgumentException("unknown severity '" + text + "': use off, hint, info, warning or error");
    }
}
