package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ixls.service.SampleIndex;
import dev.ixls.service.WorkspaceSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.WorkspaceService;

/** {@code workspace/*}: settings, watched files, folders and the ixls commands. */
final class IxWorkspaceService implements WorkspaceService {

    private final ServerParts parts;
    private final ServerEvents events;
    private final Commands commands;

    IxWorkspaceService(ServerParts parts, ServerEvents events, Commands commands) {
        this.parts = parts;
        this.events = events;
        this.commands = commands;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (!events.isInitialized()) {
            parts.log().warn("didChangeConfiguration before initialize; ignored");
            return;
        }
        Object settings = params == null ? null : params.getSettings();
        JsonObject ixls = null;
        if (settings instanceof JsonElement e && e.isJsonObject()) {
            JsonObject all = e.getAsJsonObject();
            // Clients send either the whole settings tree ({"ixls": {...}}) or the section itself.
            ixls = all.has("ixls") && all.get("ixls").isJsonObject() ? all.getAsJsonObject("ixls") : all;
        }
        events.clientSettingsChanged(ixls);
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (!events.isInitialized() || params == null || params.getChanges() == null) {
            return;
        }
        List<FileEvent> changes = new ArrayList<>(params.getChanges());
        SampleIndex samples = parts.workspace().samples();
        parts.executors().workspace(() -> {
            Set<String> changed = new HashSet<>();
            boolean settingsFile = false;
            for (FileEvent e : changes) {
                if (e == null || e.getUri() == null) {
                    continue;
                }
                String key = Uris.key(e.getUri());
                Path path = Uris.path(e.getUri()).orElse(null);
                if (path != null && path.getFileName() != null
                        && path.getFileName().toString().equals(WorkspaceSettings.FILE_NAME)) {
                    settingsFile = true;
                    continue;
                }
                boolean sample = e.getType() == FileChangeType.Deleted || path == null ? samples.deleteFile(key)
                        : samples.updateFile(key, path);
                if (sample) {
                    changed.add(key);
                }
            }
            if (settingsFile) {
                events.settingsFileChanged();
            }
            if (!changed.isEmpty()) {
                parts.log().info("AWS sample file(s) changed on disk: " + changed.size());
                events.samplesChanged(changed);
            }
        });
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (!events.isInitialized() || params == null || params.getEvent() == null) {
            return;
        }
        List<Path> roots = new ArrayList<>(parts.workspace().roots());
        if (params.getEvent().getRemoved() != null) {
            for (WorkspaceFolder f : params.getEvent().getRemoved()) {
                Uris.path(f.getUri()).ifPresent(roots::remove);
            }
        }
        if (params.getEvent().getAdded() != null) {
            for (WorkspaceFolder f : params.getEvent().getAdded()) {
                Uris.path(f.getUri()).filter(p -> !roots.contains(p)).ifPresent(roots::add);
            }
        }
        events.foldersChanged(roots);
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return parts.executors().request(cancel -> {
            if (params == null || params.getCommand() == null) {
                throw IxTextDocumentService.invalidParams("command is missing");
            }
            return commands.execute(params.getCommand(),
                    params.getArguments() == null ? List.of() : params.getArguments(), cancel);
        });
    }
}
