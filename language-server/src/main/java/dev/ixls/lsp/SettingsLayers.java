package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.service.SettingsCheck;
import dev.ixls.service.WorkspaceSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The settings in force, and the layers they are merged from (see {@link ServerSettings}): the
 * first workspace folder's {@code .ixls.json}, {@code initializationOptions}, and the client's
 * {@code ixls} settings section; the language falls back to {@code initialize}'s locale.
 */
final class SettingsLayers {

    private final ServerLog log;
    private volatile String locale;
    private volatile JsonObject initializationOptions;
    private volatile JsonObject clientSection;
    private volatile ServerSettings current = ServerSettings.defaults();
    private volatile List<LocalizedText> problems = List.of();

    SettingsLayers(ServerLog log) {
        this.log = log;
    }

    ServerSettings current() {
        return current;
    }

    Language language() {
        return current.language();
    }

    /** The layers {@code initialize} gives; call {@link #reload} next. */
    void initialize(String localeParam, Object options) {
        locale = localeParam;
        initializationOptions = asObject(options);
    }

    /** The client's {@code ixls} section as {@code didChangeConfiguration} sent it; call {@link #reload} next. */
    void clientSection(JsonObject section) {
        clientSection = section;
    }

    /**
     * Merges the layers again, reading {@code .ixls.json} from {@code root}. Returns the settings
     * that were in force before when the merged ones differ, empty when nothing changed.
     */
    Optional<ServerSettings> reload(Optional<Path> root) {
        List<ServerSettings.Source> sources = new ArrayList<>();
        List<LocalizedText> found = new ArrayList<>();
        if (root.isPresent()) {
            Path file = root.get().resolve(WorkspaceSettings.FILE_NAME);
            if (Files.isRegularFile(file)) {
                try {
                    JsonElement json = SettingsCheck.parse(Files.readString(file, StandardCharsets.UTF_8));
                    if (json.isJsonObject()) {
                        sources.add(new ServerSettings.Source(json.getAsJsonObject(), file.getParent()));
                        name(found, file.toString(), SettingsCheck.problems(json.getAsJsonObject(), false));
                    } else {
                        log.warn(file + ": not a JSON object; ignored");
                        found.add(Messages.text("settings.notAnObject", "file", file));
                    }
                } catch (IllegalArgumentException e) {
                    log.warn(file + ":" + e.getMessage() + " (not valid JSON; ignored)");
                    found.add(Messages.text("settings.notJson", "file", file, "where", e.getMessage()));
                } catch (java.io.IOException | RuntimeException e) {
                    log.warn(file + ": cannot be read (" + e.getClass().getSimpleName() + "); ignored");
                }
            }
        }
        name(found, "initializationOptions", SettingsCheck.problems(initializationOptions, true));
        name(found, "ixls", SettingsCheck.problems(clientSection, true));
        problems = List.copyOf(found);
        Path base = root.orElse(null);
        sources.add(new ServerSettings.Source(initializationOptions, base));
        sources.add(new ServerSettings.Source(clientSection, base));
        ServerSettings before = current;
        current = ServerSettings.merge(locale, sources, log::warn);
        return current.equals(before) ? Optional.empty() : Optional.of(before);
    }

    /** What the layers hold that the server does not use, as of the last {@link #reload}. */
    List<LocalizedText> problems() {
        return problems;
    }

    private static void name(List<LocalizedText> out, String source, List<SettingsCheck.Problem> problems) {
        for (SettingsCheck.Problem p : problems) {
            out.add(Messages.text("settings.problemIn", "source", source, "problem", p.message()));
        }
    }

    private static JsonObject asObject(Object o) {
        if (o instanceof JsonObject j) {
            return j;
        }
        if (o instanceof JsonElement e && e.isJsonObject()) {
            return e.getAsJsonObject();
        }
        return null;
    }
}
