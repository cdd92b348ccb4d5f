package dev.ixls.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Per-rule severity overrides, as read from {@code .ixls.json} or editor settings. */
public final class RuleSettings {

    private static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    /** Rule code to severity; an empty optional switches the rule off. */
    private final Map<String, Optional<Severity>> overrides;

    private RuleSettings(Map<String, Optional<Severity>> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static RuleSettings defaults() {
        return DEFAULTS;
    }

    /**
     * @param settings rule code to {@code off|hint|info|warning|error}
     * @throws IllegalArgumentException for a value that is not a severity
     */
    public static RuleSettings of(Map<String, String> settings) {
        Map<String, Optional<Severity>> out = new HashMap<>();
        settings.forEach((code, value) -> out.put(code.toUpperCase(java.util.Locale.ROOT), Severity.parseSetting(value)));
        return new RuleSettings(out);
    }

    /** The severity to report a finding with, or empty when the rule is off. */
    public Optional<Severity> severity(RuleCode code, Severity proposed) {
        Optional<Severity> override = overrides.get(code.name());
        return override != null ? override : Optional.of(proposed);
    }

    public boolean isOff(RuleCode code) {
        Optional<Severity> override = overrides.get(code.name());
        return override != null && override.isEmpty();
    }

    /** Equal overrides: the server re-checks documents only when the settings really changed. */
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSettings r && r.overrides.equals(overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }
}
