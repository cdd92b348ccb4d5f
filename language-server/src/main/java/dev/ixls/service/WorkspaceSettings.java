package dev.ixls.service;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import dev.ixls.analysis.RuleSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project's {@code .ixls.json}: per-rule severities and AWS sample paths, shared by the CLI
 * and the language server.
 *
 * <pre>{ "rules": { "IX205": "off", "IX103": "warning" }, "awsSamples": ["aws/vpn-0123.txt"] }</pre>
 *
 * @param awsSamples resolved against the settings file's folder
 */
public record WorkspaceSettings(RuleSettings rules, List<Path> awsSamples, Path source) {

    public static final String FILE_NAME = ".ixls.json";

    public static WorkspaceSettings defaults() {
        return new WorkspaceSettings(RuleSettings.defaults(), List.of(), null);
    }

    /** The nearest {@code .ixls.json} in the folder or its parents. */
    public static Optional<Path> find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a settings file; a malformed one is an error that names what is wrong, and where
     * ({@code FILE:LINE:COLUMN: ...} for JSON that does not parse).
     */
    public static WorkspaceSettings load(Path file) throws IOException {
        return load(file, problem -> { });
    }

    /** As {@link #load(Path)}, telling {@code unused} what in the file ixls does not use ({@link SettingsCheck}). */
    public static WorkspaceSettings load(Path file, java.util.function.Consumer<SettingsCheck.Problem> unused)
            throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonElement root;
        try {
            root = SettingsCheck.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ":" + e.getMessage() + " (not valid JSON)", e);
        }
        try {
            if (!root.isJsonObject()) {
                throw new IllegalArgumentException("expected a JSON object");
            }
            SettingsCheck.problems(root.getAsJsonObject(), false).forEach(unused);
            return fromJson(root.getAsJsonObject(), file.toAbsolutePath().getParent(), file);
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException | IllegalArgumentException e) {
            throw new IOException(file + ": not valid ixls settings: " + e.getMessage(), e);
        }
    }

    static WorkspaceSettings parse(String text, Path base, Path source) {
        JsonElement root = SettingsCheck.parse(text);
        if (!root.isJsonObject()) {
            throw new IllegalArgumentException("expected a JSON object");
        }
        return fromJson(root.getAsJsonObject(), base, source);
    }

    /** Reads the same shape from any JSON object (a settings file, or an editor's settings). */
    public static WorkspaceSettings fromJson(JsonObject o, Path base, Path source) {
        Map<String, String> rules = new LinkedHashMap<>();
        if (o.has("rules") && o.get("rules").isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("rules").entrySet()) {
                rules.put(e.getKey(), e.getValue().getAsString());
            }
        }
        List<Path> samples = new ArrayList<>();
        if (o.has("awsSamples") && o.get("awsSamples").isJsonArray()) {
            for (JsonElement e : o.getAsJsonArray("awsSamples")) {
                Path p = Path.of(e.getAsString());
                samples.add(base == null || p.isAbsolute() ? p : base.resolve(p).normalize());
            }
        }
        return new WorkspaceSettings(RuleSettings.of(rules), List.copyOf(samples), source);
    }
}
