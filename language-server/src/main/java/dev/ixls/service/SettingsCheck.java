package dev.ixls.service;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.ixls.analysis.ClosestName;
import dev.ixls.analysis.RuleCode;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What in a settings object ixls does not use, named, so that nothing the user wrote is ignored
 * in silence: keys it does not know (with the known one a typo was likely meant as), rule codes
 * that are no rule, codes whose severity cannot be set. Shared by {@code ixls check} (for
 * {@code .ixls.json}) and the language server (for {@code .ixls.json}, {@code initializationOptions}
 * and the editor's {@code ixls} section).
 */
public final class SettingsCheck {

    /** The keys ixls reads from any settings layer. */
    public static final List<String> KEYS = List.of("rules", "awsSamples", "locale", "diagnostics", "generate");
    /** Keys of an editor's {@code ixls} section that are the client's own (Java, server arguments, tracing). */
    public static final Set<String> CLIENT_KEYS = Set.of("java", "server", "trace");
    private static final List<String> DIAGNOSTICS_KEYS = List.of("delayMs");
    private static final List<String> GENERATE_KEYS = List.of("localAsn", "natTraversal");
    private static final long MAX_ASN = 4294967295L;
    private static final Pattern AT = Pattern.compile("line (\\d+) column (\\d+)");

    /** A problem, and the key (or rule code) it is about, to place it in the settings file. */
    public record Problem(String key, LocalizedText message) {
    }

    private SettingsCheck() {
    }

    /**
     * @param editorSection whether the object is an editor's {@code ixls} section, which also holds
     *                      the client's own settings
     */
    public static List<Problem> problems(JsonObject settings, boolean editorSection) {
        List<Problem> out = new ArrayList<>();
        if (settings == null) {
            return out;
        }
        for (Map.Entry<String, JsonElement> e : settings.entrySet()) {
            String key = e.getKey();
            if (KEYS.contains(key) || editorSection && CLIENT_KEYS.contains(key)) {
                continue;
            }
            out.add(unknownKey(key, key, KEYS));
        }
        if (settings.has("diagnostics") && settings.get("diagnostics").isJsonObject()) {
            for (String key : settings.getAsJsonObject("diagnostics").keySet()) {
                if (!DIAGNOSTICS_KEYS.contains(key)) {
                    out.add(unknownKey(key, "diagnostics." + key, List.of("diagnostics.delayMs")));
                }
            }
        }
        if (settings.has("generate") && settings.get("generate").isJsonObject()) {
            JsonObject generate = settings.getAsJsonObject("generate");
            for (String key : generate.keySet()) {
                if (!GENERATE_KEYS.contains(key)) {
                    out.add(unknownKey(key, "generate." + key, List.of("generate.localAsn", "generate.natTraversal")));
                }
            }
            if (present(generate, "localAsn") && localAsn(generate) == null) {
                out.add(new Problem("localAsn", Messages.text("settings.badLocalAsn")));
            }
            if (present(generate, "natTraversal") && !isBoolean(generate.get("natTraversal"))) {
                out.add(new Problem("natTraversal", Messages.text("settings.badNatTraversal")));
            }
        }
        if (settings.has("rules") && settings.get("rules").isJsonObject()) {
            for (String code : settings.getAsJsonObject("rules").keySet()) {
                Optional<RuleCode> rule = RuleCode.parse(code);
                if (rule.isEmpty()) {
                    out.add(new Problem(code, Messages.text("settings.unknownRule", "code", code)));
                } else if (rule.get().isDiagnosis() || rule.get().isInternal()) {
                    out.add(new Problem(code, Messages.text("settings.ruleNotSet", "code", rule.get().name())));
                }
            }
        }
        return out;
    }

    /** {@code generate.localAsn} when it is an AS number (1 to 4294967295), else null. */
    public static Long localAsn(JsonObject generate) {
        JsonElement e = generate.get("localAsn");
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        try {
            long asn = e.getAsBigDecimal().longValueExact();
            return asn >= 1 && asn <= MAX_ASN ? asn : null;
        } catch (ArithmeticException | NumberFormatException ex) {
            return null; // a fraction, or beyond a long
        }
    }

    public static boolean isBoolean(JsonElement e) {
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isBoolean();
    }

    private static boolean present(JsonObject o, String key) {
        return o.has(key) && !o.get(key).isJsonNull();
    }

    private static Problem unknownKey(String key, String shown, List<String> known) {
        Optional<String> meant = ClosestName.among(shown, known);
        return new Problem(key, meant.isPresent()
                ? Messages.text("settings.unknownKeyMeant", "key", shown, "meant", meant.get())
                : Messages.text("settings.unknownKey", "key", shown, "known", String.join(", ", known)));
    }

    /**
     * Parses settings text; JSON that does not parse is an {@link IllegalArgumentException} whose
     * message is {@code LINE:COLUMN: reason} (the reader's own words, without exception names).
     */
    public static JsonElement parse(String text) {
        try {
            return JsonParser.parseString(text);
        } catch (JsonParseException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage() == null ? "not JSON" : e.getMessage();
            Matcher at = AT.matcher(message);
            String where = at.find() ? at.group(1) + ":" + at.group(2) : "1:1";
            String reason = message.replaceAll("^[\\w.]+(Exception|Error): ", "").replaceAll("(?s) at line \\d+ column \\d+.*$", "")
                    .replaceAll("\\s*See https?://\\S+", "").strip();
            throw new IllegalArgumentException(where + ": " + (reason.isEmpty() ? "not JSON" : reason), e);
        }
    }
}
