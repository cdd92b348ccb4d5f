package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a misbehaving or demanding client does, on the wire: the server answers with an error or
 * logs a warning, and goes on serving.
 */
class RobustnessTest {

    @TempDir
    Path workspace;

    private static final String CAPS = "{\"workspace\": {\"applyEdit\": true, \"workspaceEdit\": {\"documentChanges\": true,"
            + " \"resourceOperations\": [\"create\"]}}}";

    private static int errorCode(JsonObject response) {
        assertTrue(response.has("error"), "an error response: " + response);
        return response.getAsJsonObject("error").get("code").getAsInt();
    }

    private void initialize(RawClient c) throws Exception {
        c.request(1, "initialize", "{\"processId\": null, \"rootUri\": \"" + Uris.of(workspace) + "\", \"capabilities\": "
                + CAPS + ", \"initializationOptions\": {\"diagnostics\": {\"delayMs\": 0}}}");
        assertTrue(c.response(1).has("result"));
        c.notify("initialized", "{}");
    }

    @Test
    void requestsBeforeInitializeAreRefusedAndTheServerGoesOn() throws Exception {
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            c.request(7, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///x.ix\"}, \"position\": "
                    + "{\"line\": 0, \"character\": 0}}");
            assertEquals(-32002, errorCode(c.response(7)));
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///x.ix\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": \"hostname a\"}}");
            initialize(c);
            c.request(8, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///x.ix\"}, \"position\": "
                    + "{\"line\": 0, \"character\": 0}}");
            JsonObject r = c.response(8);
            assertTrue(r.has("result") && r.get("result").isJsonNull(), "the early didOpen was ignored: " + r);
            assertTrue(h.log().contains("didOpen before initialize; ignored"), h.log());
        }
    }

    @Test
    void malformedJsonUnknownMethodsAndMissingParams() throws Exception {
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c);
            c.sendRaw("{this is not json");
            c.sendRaw("[1, 2");
            c.request(2, "ixls/noSuchMethod", "{}");
            assertEquals(-32601, errorCode(c.response(2)));
            c.notify("ixls/noSuchNotification", "{}");
            c.request(3, "textDocument/hover", null);
            assertEquals(-32602, errorCode(c.response(3)));
            c.request(4, "textDocument/completion", "{\"textDocument\": {\"uri\": \"file:///x.ix\"}}");
            assertTrue(c.response(4).has("error"), "no position");
            c.request(5, "workspace/executeCommand", "{\"command\": \"ixls.generateConfig\"}");
            assertEquals(-32602, errorCode(c.response(5)));
            c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"file:///never-opened.ix\", \"version\": 2},"
                    + " \"contentChanges\": [{\"text\": \"x\"}]}");
            // Still serving.
            c.request(6, "shutdown", null);
            assertTrue(c.response(6).has("result"));
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
            assertTrue(h.log().contains("a message that is not JSON"), h.log());
            assertTrue(h.log().contains("didChange for a document that is not open"), h.log());
            assertNull(c.failure, c.failure);
        }
    }

    /** Issue 13: a half-typed `sa-lifetime` made the editor get no diagnostics and -32603 for every request. */
    @Test
    void halfTypedLinesGetDiagnosticsAndAnswers() throws Exception {
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c);
            String text = Fixtures.read("robustness/half-typed-ikev2-profile.ix");
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///w/half.ix\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": " + new com.google.gson.JsonPrimitive(text) + "}}");
            JsonObject diagnostics = c.notification("textDocument/publishDiagnostics");
            assertTrue(diagnostics.toString().contains("IX004") && !diagnostics.toString().contains("IX900"),
                    diagnostics.toString());
            for (int line = 0; line < text.split("\n").length; line++) {
                c.request(100 + line, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///w/half.ix\"}, \"position\": "
                        + "{\"line\": " + line + ", \"character\": 3}}");
                assertTrue(c.response(100 + line).has("result"), "line " + line);
            }
            c.request(2, "shutdown", null);
            c.response(2);
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
        }
    }

    @Test
    void aDocumentTooLargeToCheckIsSaidSoAndAnsweredEmpty() throws Exception {
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c);
            String text = "hostname a\n" + "!".repeat(OpenDocument.MAX_CHECKED_CHARS);
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///w/big.ix\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": \"" + text.replace("\n", "\\n") + "\"}}");
            JsonObject diagnostics = c.notification("textDocument/publishDiagnostics");
            assertTrue(diagnostics.toString().contains("was not checked"), diagnostics.toString());
            c.request(2, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///w/big.ix\"}, \"position\": "
                    + "{\"line\": 0, \"character\": 1}}");
            assertTrue(c.response(2).get("result").isJsonNull());
            c.request(3, "shutdown", null);
            c.response(3);
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
        }
    }

    @Test
    void theReaderNeverWaitsForWorkAndCancellationIsHonoured() throws Exception {
        Path sample = workspace.resolve("sample.txt");
        Files.writeString(sample, Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c);
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///w/a.ix\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": \"ike proposal p encryption aes hash sha\\n\"}}");
            // Generate IX config: the server asks the editor to apply an edit, and the editor takes its time.
            c.request(10, "workspace/executeCommand", "{\"command\": \"ixls.generateConfig\", \"arguments\": [{\"uri\": \""
                    + Uris.of(sample) + "\"}]}");
            JsonObject applyEdit = c.serverRequest("workspace/applyEdit");
            // Meanwhile the server reads and answers other requests, and edits are taken in.
            c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"file:///w/a.ix\", \"version\": 2},"
                    + " \"contentChanges\": [{\"range\": {\"start\": {\"line\": 1, \"character\": 0}, \"end\": {\"line\": 1,"
                    + " \"character\": 0}}, \"text\": \"ike policy x peer 192.0.2.1 key k q\"}]}");
            JsonObject diagnostics = c.await(o -> o.has("method")
                    && o.get("method").getAsString().equals("textDocument/publishDiagnostics")
                    && o.getAsJsonObject("params").get("version").getAsInt() == 2);
            assertTrue(diagnostics.toString().contains(RuleCode.IX101.name()), diagnostics.toString());
            c.request(11, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///w/a.ix\"}, \"position\": "
                    + "{\"line\": 0, \"character\": 5}}");
            assertTrue(c.response(11).has("result"));
            // The user gives up on the command: the server answers it as cancelled at once.
            c.notify("$/cancelRequest", "{\"id\": 10}");
            assertEquals(-32800, errorCode(c.response(10)));
            // The editor answers late; no second answer to request 10 follows.
            c.respond(applyEdit.get("id"), "{\"applied\": false}");
            c.request(12, "shutdown", null);
            c.response(12);
            assertFalse(c.drain().stream().anyMatch(o -> o.has("id") && !o.has("method") && !o.get("id").isJsonNull()
                    && o.get("id").getAsString().equals("10")));
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
        }
    }
}
