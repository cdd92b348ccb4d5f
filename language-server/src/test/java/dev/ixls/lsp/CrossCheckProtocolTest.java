package dev.ixls.lsp;

import static dev.ixls.lsp.LspSession.get;
import static dev.ixls.assertions.LspDiagnosticAssertions.code;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The config cross-checked against an AWS sample found in the workspace: related information into
 * the sample, "Update from AWS sample", the per-tunnel code lenses and {@code ixls.tunnelStatus}.
 */
class CrossCheckProtocolTest {

    private static final String SEED_KEY_1 = "hngyiJd8N5pulvK9QDMXZ02BDDLCz10K";
    private static final String SEED_KEY_2 = "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE";

    @TempDir
    Path workspace;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject obj(Object result) {
        return new Gson().toJsonTree(result).getAsJsonObject();
    }

    /** The seed article's config with tunnel 2's key wrong and tunnel 1's inside address on AWS's side. */
    private static String mistaken() {
        return Fixtures.read("ix/seed-article.ix").replace(SEED_KEY_2, "WrongKey0123456789abcdefghijklmno")
                .replace("ip address 169.254.128.174/30", "ip address 169.254.128.173/30");
    }

    private LspSession start() throws Exception {
        Files.writeString(workspace.resolve("downloaded.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        LspSession s = new LspSession();
        s.initialize(workspace, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
        TestClient.await("the workspace scan", () -> s.client.progress.stream()
                .anyMatch(p -> p.getValue().getLeft() instanceof org.eclipse.lsp4j.WorkDoneProgressEnd));
        return s;
    }

    @Test
    void crossCheckFindingsPointIntoTheSampleAndNeverShowAKey() throws Exception {
        try (LspSession s = start()) {
            String uri = Uris.of(workspace.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, mistaken());
            var p = s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1 && x.getDiagnostics().stream()
                    .anyMatch(d -> code(d) == RuleCode.IX503));
            Diagnostic key = p.getDiagnostics().stream().filter(d -> code(d) == RuleCode.IX503).findFirst()
                    .orElseThrow();
            assertEquals(Uris.of(workspace.resolve("downloaded.txt")),
                    key.getRelatedInformation().get(0).getLocation().getUri());
            String all = new Gson().toJson(p);
            assertFalse(all.contains(SEED_KEY_1) || all.contains(SEED_KEY_2) || all.contains("WrongKey0123"),
                    "no key in any diagnostic");
        }
    }

    @Test
    void updateFromSampleBringsKeysAndAddressesInLine() throws Exception {
        try (LspSession s = start()) {
            String uri = Uris.of(workspace.resolve("router.ix"));
            String text = mistaken();
            s.open(uri, "nec-ix", 1, text);
            s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            var actions = get(s.server.getTextDocumentService().codeAction(new CodeActionParams(
                    new TextDocumentIdentifier(uri), LspSession.range(0, 0, 0, 0), new CodeActionContext(List.of()))));
            var update = actions.stream().map(a -> a.getRight())
                    .filter(a -> a.getTitle().startsWith("Update from AWS sample vpn-0e88bfbe4ce7ff72a")).findFirst()
                    .orElseThrow(() -> new AssertionError(actions.toString()));
            assertEquals("source.ixls.updateFromSample", update.getKind());

            s.client.applyEdit = params -> CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(true));
            Object result = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.updateFromSample", List.of(json("{\"uri\": \"" + uri + "\"}")))));
            assertEquals(2, obj(result).get("changed").getAsInt());
            var edit = s.client.edits.get(s.client.edits.size() - 1).getEdit().getDocumentChanges().get(0).getLeft();
            assertEquals(1, edit.getTextDocument().getVersion());
            List<String> written = edit.getEdits().stream().map(e -> e.getLeft().getNewText()).toList();
            assertTrue(written.contains(SEED_KEY_2), "the sample's key goes into the config");
            assertTrue(written.contains("169.254.128.174/30") || written.contains("169.254.128.174"), written.toString());
        }
    }

    @Test
    void codeLensesAndTunnelStatusSummariseEachTunnel() throws Exception {
        try (LspSession s = start()) {
            String uri = Uris.of(workspace.resolve("router.ix"));
            s.open(uri, "nec-ix", 1, mistaken());
            s.client.awaitDiagnostics(uri, x -> x.getVersion() == 1);
            var lenses = get(s.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
            assertEquals(2, lenses.size());
            String text = mistaken();
            List<String> lines = List.of(text.split("\n"));
            assertEquals(lines.indexOf("interface Tunnel0.0"), lenses.get(0).getRange().getStart().getLine());
            assertTrue(lenses.get(0).getCommand().getTitle().matches("Tunnel #1 · vpn-0e88… · \\d/\\d checks pass"),
                    lenses.get(0).getCommand().getTitle());
            assertEquals("ixls.showTunnelStatus", lenses.get(0).getCommand().getCommand());
            assertEquals(uri, new Gson().toJsonTree(lenses.get(0).getCommand().getArguments().get(0)).getAsString());

            JsonObject status = obj(get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                    "ixls.tunnelStatus", List.of(json("{\"uri\": \"" + uri + "\"}"))))));
            JsonObject sample = status.getAsJsonArray("samples").get(0).getAsJsonObject();
            assertEquals("vpn-0e88bfbe4ce7ff72a", sample.get("connectionId").getAsString());
            assertEquals(Uris.of(workspace.resolve("downloaded.txt")), sample.get("sampleUri").getAsString());
            JsonArray tunnels = sample.getAsJsonArray("tunnels");
            JsonObject first = tunnels.get(0).getAsJsonObject();
            assertEquals(1, first.get("number").getAsInt());
            assertEquals("18.182.91.31", first.get("awsOutside").getAsString());
            assertEquals("Tunnel0.0", first.get("interface").getAsString());
            boolean insideOk = false;
            for (var c : first.getAsJsonArray("checks")) {
                if (c.getAsJsonObject().get("id").getAsString().equals("inside")) {
                    insideOk = c.getAsJsonObject().get("ok").getAsBoolean();
                }
            }
            assertFalse(insideOk, "tunnel 1's inside address is wrong");
            assertFalse(status.toString().contains(SEED_KEY_1), "no key in the status");

            // The code lens command, run on the server by editors without a view of their own.
            get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams("ixls.showTunnelStatus",
                    List.of(uri))));
            assertTrue(s.client.shown.get(0).getMessage().contains("Tunnel #1"), s.client.shown.toString());
        }
    }
}
