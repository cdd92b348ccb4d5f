package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Settings the server does not use are told where the user looks: once, as a warning message
 * naming them (and as diagnostics on {@code .ixls.json} when it is open); a settings file that is
 * not JSON is told with its line and column.
 */
class SettingsProblemsProtocolTest {

    @TempDir
    Path root;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static List<String> warnings(TestClient client) {
        return client.shown.stream().filter(m -> m.getType() == MessageType.Warning).map(MessageParams::getMessage)
                .toList();
    }

    @Test
    void unknownKeysAndRuleCodesInTheEditorsSettingsAreNamedOnce() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(null, "en", json("{\"diagnostics\": {\"delayMs\": 0}, \"awsSample\": [\"x.txt\"],"
                    + " \"rules\": {\"IX999\": \"off\"}}"));
            TestClient.await("a warning", () -> !warnings(s.client).isEmpty());
            String shown = warnings(s.client).get(0);
            assertTrue(shown.contains("awsSample") && shown.contains("awsSamples") && shown.contains("IX999"), shown);
            // The client's own settings (java, server, trace) in its section are not ixls's to question.
            s.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(json(
                    "{\"ixls\": {\"diagnostics\": {\"delayMs\": 0}, \"java\": {\"home\": \"/opt/jdk\"}, "
                    + "\"trace\": {\"server\": \"off\"}, \"rules\": {\"IX205\": \"off\"}}}")));
            String uri = Uris.of(root.resolve("a.ix"));
            s.open(uri, "nec-ix", 1, "hostname a\n");
            s.client.awaitDiagnostics(uri, x -> true);
            assertEquals(1, warnings(s.client).size(), "told once: " + warnings(s.client));
        }
    }

    @Test
    void generateDefaultsThatMakeNoSenseAreNamed() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(null, "en", json("{\"diagnostics\": {\"delayMs\": 0}, \"generate\": {\"localAsn\": 0,"
                    + " \"natTraversal\": \"yes\", \"localASN\": 65000}}"));
            TestClient.await("a warning", () -> !warnings(s.client).isEmpty());
            String shown = warnings(s.client).get(0);
            assertTrue(shown.contains("\"generate.localAsn\" must be an AS number from 1 to 4294967295"), shown);
            assertTrue(shown.contains("\"generate.natTraversal\" must be true or false"), shown);
            assertTrue(shown.contains("\"generate.localASN\"") && shown.contains("did you mean \"generate.localAsn\""),
                    shown);
        }
        try (LspSession s = new LspSession()) {
            s.initialize(null, "en", json("{\"diagnostics\": {\"delayMs\": 0}, \"generate\": {\"localAsn\": 4294967295,"
                    + " \"natTraversal\": true}}"));
            String uri = Uris.of(root.resolve("a.ix"));
            s.open(uri, "nec-ix", 1, "hostname a\n");
            s.client.awaitDiagnostics(uri, x -> true);
            assertEquals(List.of(), warnings(s.client), "good values are not questioned");
        }
    }

    @Test
    void aSettingsFileThatIsNotJsonIsToldWithLineAndColumn() throws Exception {
        Files.writeString(root.resolve(".ixls.json"), "{\n  \"rules\": {\n    \"IX205\": \"off\",,\n");
        try (LspSession s = new LspSession()) {
            s.initialize(root, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
            TestClient.await("a warning", () -> !warnings(s.client).isEmpty());
            String shown = warnings(s.client).get(0);
            assertTrue(shown.matches("(?s).*\\.ixls\\.json:3:\\d+: .*"), shown);
            assertFalse(shown.contains("Exception"), shown);
        }
    }

    @Test
    void anOpenSettingsFileGetsDiagnosticsOnWhatIsNotUsed() throws Exception {
        Path file = root.resolve(".ixls.json");
        String text = "{\n  \"rules\": { \"IX205\": \"off\", \"IX9999\": \"off\" },\n  \"awsSample\": []\n}\n";
        Files.writeString(file, text);
        try (LspSession s = new LspSession()) {
            s.initialize(root, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
            String uri = Uris.of(file);
            s.open(uri, "json", 1, text);
            PublishDiagnosticsParams p = s.client.awaitDiagnostics(uri, x -> !x.getDiagnostics().isEmpty());
            assertEquals(2, p.getDiagnostics().size(), p.toString());
            assertEquals(1, p.getDiagnostics().get(0).getRange().getStart().getLine(), "on IX9999");
            assertEquals(29, p.getDiagnostics().get(0).getRange().getStart().getCharacter());
            assertEquals(2, p.getDiagnostics().get(1).getRange().getStart().getLine(), "on awsSample");
        }
    }
}
