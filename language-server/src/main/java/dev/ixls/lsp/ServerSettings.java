package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import dev.ixls.service.SettingsCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The settings in force, merged from (lowest first) the workspace's {@code .ixls.json}, the
 * client's {@code initializationOptions}, and its {@code ixls} settings section. Rule severities
 * merge per code; AWS sample paths add up. Values that make no sense are reported and ignored.
 *
 * <pre>{ "locale": "en"|"ja", "diagnostics": { "delayMs": 150 }, "rules": { "IX205": "off" }, "awsSamples": [],
 *   "generate": { "localAsn": 65000, "natTraversal": false } }</pre>
 */
record ServerSettings(Language language, long delayMs, RuleSettings rules, List<Path> awsSamples,
        GenerateDefaults generate) {

    /**
     * What "Generate IX config" uses when the editor's command does not say: the customer ASN for
     * a sample that shows a placeholder in its place, and NAT traversal; null when not set.
     */
    record GenerateDefaults(Long localAsn, Boolean natTraversal) {
        static final GenerateDefaults NONE = new GenerateDefaults(null, null);
    }

    static final long DEFAULT_DELAY_MS = 150;
    static final long MAX_DELAY_MS = 10_000;

    /** One layer of settings; relative {@code awsSamples} paths resolve against {@code base}. */
    record Source(JsonObject json, Path base) {
    }

    /**
     * @param localeParam the {@code locale} of {@code initialize}
     * @param sources layers in rising precedence: .ixls.json, initializationOptions, the settings section
     * @param warn receives a message for each ignored value
     */
    static ServerSettings merge(String localeParam, List<Source> sources, Consumer<String> warn) {
        Language language = Language.fromTag(localeParam);
        long delay = DEFAULT_DELAY_MS;
        Map<String, String> rules = new LinkedHashMap<>();
        List<Path> samples = new ArrayList<>();
        Long localAsn = null;
        Boolean natTraversal = null;
        for (Source source : sources) {
            JsonObject o = source == null ? null : source.json();
            if (o == null) {
                continue;
            }
            try {
                if (has(o, "locale")) {
                    language = Language.fromTag(o.get("locale").getAsString());
                }
                if (has(o, "diagnostics") && o.get("diagnostics").isJsonObject()
                        && has(o.getAsJsonObject("diagnostics"), "delayMs")) {
                    long d = o.getAsJsonObject("diagnostics").get("delayMs").getAsLong();
                    if (d < 0 || d > MAX_DELAY_MS) {
                        warn.accept("diagnostics.delayMs must be between 0 and " + MAX_DELAY_MS + "; ignored");
                    } else {
                        delay = d;
                    }
                }
            } catch (RuntimeException e) {
                warn.accept("ignored a setting that is not of the expected type (" + e.getClass().getSimpleName() + ")");
            }
            if (has(o, "rules") && o.get("rules").isJsonObject()) {
                for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("rules").entrySet()) {
                    try {
                        String value = e.getValue().getAsString();
                        Severity.parseSetting(value);
                        rules.put(e.getKey(), value);
                    } catch (RuntimeException ex) {
                        warn.accept("rules." + e.getKey() + ": use off, hint, info, warning or error; ignored");
                    }
                }
            }
            if (has(o, "generate") && o.get("generate").isJsonObject()) {
                JsonObject g = o.getAsJsonObject("generate");
                Long asn = SettingsCheck.localAsn(g);
                if (asn != null) {
                    localAsn = asn;
                } else if (has(g, "localAsn")) {
                    warn.accept("generate.localAsn must be an AS number from 1 to 4294967295; ignored");
                }
                if (has(g, "natTraversal") && SettingsCheck.isBoolean(g.get("natTraversal"))) {
                    natTraversal = g.get("natTraversal").getAsBoolean();
                } else if (has(g, "natTraversal")) {
                    warn.accept("generate.natTraversal must be true or false; ignored");
                }
            }
            if (has(o, "awsSamples") && o.get("awsSamples").isJsonArray()) {
                for (JsonElement e : o.getAsJsonArray("awsSamples")) {
                    try {
                        Path p = Path.of(e.getAsString());
                        samples.add(p.isAbsolute() || source.base() == null ? p.normalize()
                                : source.base().resolve(p).normalize());
                    } catch (RuntimeException ex) {
                        warn.accept("awsSamples: an entry is not a path; ignored");
                    }
                }
            }
        }
        return new ServerSettings(language, delay, RuleSettings.of(rules), samples.stream().distinct().toList(),
                new GenerateDefaults(localAsn, natTraversal));
    }

    private static boolean has(JsonObject o, String field) {
        return o.has(field) && !o.get(field).isJsonNull();
    }

    static ServerSettings defaults() {
        return new ServerSettings(Language.EN, DEFAULT_DELAY_MS, RuleSettings.defaults(), List.of(), GenerateDefaults.NONE);
    }
}
