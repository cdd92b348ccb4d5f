package dev.ixls.lsp;

import static dev.ixls.assertions.LspDiagnosticAssertions.code;
import static dev.ixls.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transcript of router output over LSP, as any client sees it (VS Code, LSP4E in Eclipse,
 * Neovim): recognised by content whatever its language id, a diagnostic per tunnel that is not
 * up, a code lens per tunnel, the live state in {@code ixls.tunnelStatus} for the transcript and
 * for its config, and no key anywhere.
 */
class TranscriptProtocolTest {

    private static final List<String> KEYS = List.of("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE",
            "WrongKeyForTunnel2xxxxxxxxxxxxxx");

    @TempDir
    Path workspace;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject obj(Object result) {
        return new Gson().toJsonTree(result).getAsJsonObject();
    }

    /** The sample and a config on disk (not opened): the server finds both by content and peer. */
    private LspSession start(String locale, String config) throws Exception {
        Files.writeString(workspace.resolve("downloaded.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        Files.writeString(workspace.resolve("router.ix"), Fixtures.read(config));
        LspSession s = new LspSession();
        s.initialize(workspace, locale, json("{\"diagnostics\": {\"delayMs\": 0}}"));
        TestClient.await("the workspace scan", () -> s.client.progress.stream()
                .anyMatch(p -> p.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd));
        return s;
    }

    private static void assertNoKey(Object anything) {
        String all = new Gson().toJson(anything);
        for (String key : KEYS) {
            assertFalse(all.contains(key), "a key reached the client: " + all);
        }
    }

    @Test
    void aTunnelDownIsADiagnosticWithTheLinesBehindIt() throws Exception {
        try (LspSession s = start("en", "show/configs/seed-wrong-key-2.ix")) {
            String uri = Uris.of(workspace.resolve("tunnels.ixlog"));
            s.open(uri, "nec-ix-show", 1, Fixtures.read("show/psk-mismatch.txt"));
            PublishDiagnosticsParams p = s.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            assertEquals(1, p.getDiagnostics().size(), p.toString());
            Diagnostic d = p.getDiagnostics().get(0);
            assertEquals(RuleCode.IX702, code(d));
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals(30, d.getRange().getStart().getLine());
            assertEquals(2, d.getRange().getStart().getCharacter());
            assertTrue(d.getMessage().getLeft().startsWith("Tunnel 2 (AWS 52.198.204.130) is down: the pre-shared key of IKE policy "
                    + "ike-policy2 does not match AWS's"), d.getMessage().getLeft());
            assertTrue(d.getCodeDescription().getHref().endsWith("docs/diagnose.md#ix702"));
            List<String> related = d.getRelatedInformation().stream().map(r -> r.getLocation().getUri()).distinct().toList();
            assertEquals(List.of(uri, Uris.of(workspace.resolve("router.ix")), Uris.of(workspace.resolve("downloaded.txt"))),
                    related, "transcript, then the config found on disk, then the sample");
            assertNoKey(p);
        }
    }

    @Test
    void aCodeLensPerTunnel() throws Exception {
        try (LspSession s = start("en", "show/configs/seed-wrong-key-2.ix")) {
            String uri = Uris.of(workspace.resolve("capture.txt"));
            s.open(uri, "plaintext", 1, Fixtures.read("show/psk-mismatch.txt"));
            s.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            List<? extends CodeLens> lenses = get(s.server.getTextDocumentService()
                    .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
            assertEquals(List.of("Tunnel #1 · 18.182.91.31 · up",
                    "Tunnel #2 · 52.198.204.130 · down: Pre-shared key mismatch (IX702)"),
                    lenses.stream().map(l -> l.getCommand().getTitle()).toList());
            assertEquals("ixls.showTunnelStatus", lenses.get(1).getCommand().getCommand());
            assertEquals(30, lenses.get(1).getRange().getStart().getLine());
            // Router output is no config: no completion, no hover.
            var completion = get(s.server.getTextDocumentService().completion(new CompletionParams(
                    new TextDocumentIdentifier(uri), new Position(1, 1))));
            assertTrue(completion.getRight().getItems().isEmpty());
            assertNull(get(s.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri),
                    new Position(1, 1)))));
        }
    }

    @Test
    void tunnelStatusShowsTheLiveStateBesideTheConfigChecks() throws Exception {
        try (LspSession s = start("en", "show/configs/seed-wrong-key-2.ix")) {
            String transcript = Uris.of(workspace.resolve("tunnels.ixlog"));
            s.open(transcript, "nec-ix-show", 1, Fixtures.read("show/psk-mismatch.txt"));
            s.client.awaitDiagnostics(transcript, x -> !x.getDiagnostics().isEmpty());
            JsonObject status = obj(get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.tunnelStatus", List.of(json("{\"uri\": \"" + transcript + "\"}"))))));
            JsonObject sample = status.getAsJsonArray("samples").get(0).getAsJsonObject();
            assertEquals("vpn-0e88bfbe4ce7ff72a", sample.get("connectionId").getAsString());
            JsonObject two = sample.getAsJsonArray("tunnels").get(1).getAsJsonObject();
            assertEquals("52.198.204.130", two.get("awsOutside").getAsString());
            JsonObject live = two.getAsJsonObject("live");
            assertEquals("down", live.get("state").getAsString());
            assertEquals("down: Pre-shared key mismatch (IX702)", live.get("summary").getAsString());
            assertTrue(checks(two).contains("pre-shared key=false"), checks(two));

            // The config, opened: its own status carries the live state the transcript shows.
            String config = Uris.of(workspace.resolve("router.ix"));
            s.open(config, "nec-ix", 1, Fixtures.read("show/configs/seed-wrong-key-2.ix"));
            s.client.awaitDiagnostics(config, x -> true);
            JsonObject configStatus = obj(get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.tunnelStatus", List.of(json("{\"uri\": \"" + config + "\"}"))))));
            JsonArray tunnels = configStatus.getAsJsonArray("samples").get(0).getAsJsonObject().getAsJsonArray("tunnels");
            assertEquals("up", tunnels.get(0).getAsJsonObject().getAsJsonObject("live").get("state").getAsString());
            assertEquals(transcript, tunnels.get(1).getAsJsonObject().getAsJsonObject("live").get("transcriptUri")
                    .getAsString());
            assertNoKey(status);
            assertNoKey(configStatus);

            // The lens command in editors without a view of their own: the tunnels as a message.
            get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("ixls.showTunnelStatus",
                    List.of(transcript))));
            assertEquals("Tunnel #1 · 18.182.91.31 · up | Tunnel #2 · 52.198.204.130 · down: Pre-shared key mismatch (IX702)",
                    s.client.shown.get(s.client.shown.size() - 1).getMessage());
        }
    }

    private static String checks(JsonObject tunnel) {
        StringBuilder sb = new StringBuilder();
        for (var c : tunnel.getAsJsonArray("checks")) {
            sb.append(c.getAsJsonObject().get("name").getAsString()).append('=')
                    .append(c.getAsJsonObject().get("ok").getAsBoolean()).append(' ');
        }
        return sb.toString();
    }

    @Test
    void keysInARunningConfigNeverReachTheClient() throws Exception {
        try (LspSession s = start("ja", "ix/seed-article.ix")) {
            String uri = Uris.of(workspace.resolve("crlf.ixlog"));
            s.open(uri, "nec-ix-show", 1, Fixtures.read("show/crlf-paged-running-config.txt"));
            PublishDiagnosticsParams p = s.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            assertEquals(RuleCode.IX702, code(p.getDiagnostics().get(0)));
            assertTrue(p.getDiagnostics().get(0).getMessage().getLeft().contains("事前共有鍵"), "Japanese");
            var lenses = get(s.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
            assertEquals("トンネル #2 · 52.198.204.130 · 停止: 事前共有鍵の不一致（IX702）", lenses.get(1).getCommand().getTitle());
            Object status = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.tunnelStatus", List.of(json("{\"uri\": \"" + uri + "\"}")))));
            get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("ixls.showTunnelStatus",
                    List.of(uri))));
            assertNoKey(p);
            assertNoKey(lenses);
            assertNoKey(status);
            assertNoKey(s.client.shown);
            assertNoKey(s.harness.log());
        }
    }

    @Test
    void aConfigEditReDiagnosesTheTranscript() throws Exception {
        try (LspSession s = start("en", "ix/seed-article.ix")) {
            String transcript = Uris.of(workspace.resolve("tunnels.ixlog"));
            s.open(transcript, "nec-ix-show", 1, Fixtures.read("show/phase2-pfs-mismatch.txt"));
            s.client.awaitDiagnostics(transcript, x -> x.getDiagnostics().stream()
                    .anyMatch(d -> d.getMessage().getLeft().contains("match the AWS sample")));
            String config = Uris.of(workspace.resolve("router.ix"));
            s.open(config, "nec-ix", 1, Fixtures.read("show/configs/seed-no-pfs-2.ix"));
            PublishDiagnosticsParams p = s.client.awaitDiagnostics(transcript, x -> x.getDiagnostics().stream()
                    .anyMatch(d -> d.getMessage().getLeft().contains("PFS: the config sets none")));
            assertEquals(RuleCode.IX704, code(p.getDiagnostics().get(0)));
        }
    }

    @Test
    void aConfigPastedAfterPromptsStaysAConfig() throws Exception {
        try (LspSession s = start("en", "ix/seed-article.ix")) {
            String uri = Uris.of(workspace.resolve("console.ix"));
            s.open(uri, "nec-ix", 1, Fixtures.read("ix/console-transcript.ix"));
            PublishDiagnosticsParams p = s.client.awaitDiagnostics(uri, x -> true);
            assertTrue(p.getDiagnostics().stream().noneMatch(d -> code(d).isDiagnosis()), p.toString());
        }
    }
}
