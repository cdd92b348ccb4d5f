package dev.ixls.eclipse.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the plugin tells the language server: the IDE's language and the plugin's preferences.
 *
 * @param locale             {@code "ja"} or {@code "en"}
 * @param diagnosticsDelayMs how long the server waits after an edit before checking; 0 allowed
 * @param awsSamples         AWS sample files to link, as the user entered them
 * @param vmArgs             extra arguments for the server's Java VM
 * @param localAsn           this router's AS number for "Generate IX config" when a BGP sample
 *                           leaves it as a placeholder; 0 for none
 * @param natTraversal       whether "Generate IX config" writes NAT traversal
 */
public record ServerSettings(String locale, int diagnosticsDelayMs, List<String> awsSamples, List<String> vmArgs,
        long localAsn, boolean natTraversal) {

    public static final int DEFAULT_DELAY_MS = 200;
    public static final int MAX_DELAY_MS = 10_000; // the server refuses more
    public static final long MAX_ASN = 4294967295L;

    /** Without Generate's defaults. */
    public ServerSettings(String locale, int diagnosticsDelayMs, List<String> awsSamples, List<String> vmArgs) {
        this(locale, diagnosticsDelayMs, awsSamples, vmArgs, 0, false);
    }

    public ServerSettings {
        if (!"en".equals(locale) && !"ja".equals(locale)) {
            throw new IllegalArgumentException("locale must be en or ja: " + locale);
        }
        if (diagnosticsDelayMs < 0 || diagnosticsDelayMs > MAX_DELAY_MS) {
            throw new IllegalArgumentException("diagnostics delay out of range: " + diagnosticsDelayMs);
        }
        if (localAsn < 0 || localAsn > MAX_ASN) {
            throw new IllegalArgumentException("AS number out of range: " + localAsn);
        }
        awsSamples = List.copyOf(awsSamples);
        vmArgs = List.copyOf(vmArgs);
    }

    /** The server's language for an IDE locale: Japanese for any {@code ja} locale, English otherwise. */
    public static String serverLocale(Locale ideLocale) {
        return ideLocale != null && "ja".equals(ideLocale.getLanguage()) ? "ja" : "en";
    }

    /** An AS number as the user typed it (digits, 1 to 4294967295); 0 when it is none. */
    public static long parseAsn(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("\\d{1,10}")) {
            return 0;
        }
        long asn = Long.parseLong(t);
        return asn <= MAX_ASN ? asn : 0;
    }

    /** Clamps a stored delay into the range the server accepts. */
    public static int clampDelay(int delayMs) {
        return Math.max(0, Math.min(MAX_DELAY_MS, delayMs));
    }

    /**
     * The LSP {@code initializationOptions}:
     * {@code { "locale": "ja", "diagnostics": { "delayMs": 200 }, "awsSamples": ["/abs/path", ...],
     * "generate": { "localAsn": 65000, "natTraversal": false } }} ({@code localAsn} only when set).
     * A relative sample path is resolved against the root folder LSP4E starts the server for (the
     * project), when that is a local folder. Plain maps and lists, which LSP4J serialises as JSON.
     */
    public Map<String, Object> initializationOptions(URI rootUri) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("locale", locale);
        Map<String, Object> diagnostics = new LinkedHashMap<>();
        diagnostics.put("delayMs", diagnosticsDelayMs);
        options.put("diagnostics", diagnostics);
        List<String> samples = new ArrayList<>();
        for (String sample : awsSamples) {
            samples.add(resolveSample(sample, rootUri));
        }
        options.put("awsSamples", samples);
        Map<String, Object> generate = new LinkedHashMap<>();
        if (localAsn > 0) {
            generate.put("localAsn", localAsn);
        }
        generate.put("natTraversal", natTraversal);
        options.put("generate", generate);
        return options;
    }

    static String resolveSample(String sample, URI rootUri) {
        try {
            Path path = Path.of(sample);
            if (path.isAbsolute()) {
                return path.normalize().toString();
            }
            if (rootUri != null && "file".equalsIgnoreCase(rootUri.getScheme())) {
                return Path.of(rootUri).resolve(path).normalize().toString();
            }
        } catch (IllegalArgumentException e) { // InvalidPathException, or a URI that is no path
            // Not a path this system can resolve: the server gets it as entered and reports it.
        }
        return sample;
    }

    @Override
    public String toString() {
        return "locale=" + locale + ", delayMs=" + diagnosticsDelayMs + ", awsSamples=" + awsSamples.size()
                + ", vmArgs=" + vmArgs + ", localAsn=" + localAsn + ", natTraversal=" + natTraversal;
    }

    static ServerSettings defaults(Locale ideLocale) {
        return new ServerSettings(serverLocale(Objects.requireNonNullElse(ideLocale, Locale.ROOT)), DEFAULT_DELAY_MS,
                List.of(), List.of());
    }
}
