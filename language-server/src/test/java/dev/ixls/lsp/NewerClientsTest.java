package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CompletionContext;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DiagnosticTag;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.SymbolTag;
import org.eclipse.lsp4j.SymbolTagSupportCapabilities;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client newer than the server's LSP4J (enum members, properties and capability sections the
 * server does not know) gets a normal session, on the wire; and what LSP4J's validation caught
 * before is still caught.
 */
class NewerClientsTest {

    @TempDir
    java.nio.file.Path workspace;

    @Test
    void initializeFromANewerClientIsAnsweredAndTheSessionWorks() throws Exception {
        String initialize = Fixtures.read("lsp/newer-client/initialize.json")
                .replace("${ROOT_URI}", Uris.of(workspace));
        String uri = Uris.of(workspace.resolve("seed-typo.ix"));
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            c.request(1, "initialize", initialize);
            JsonObject init = c.response(1);
            assertTrue(init.has("result"), "a normal InitializeResult: " + init);
            assertTrue(init.getAsJsonObject("result").getAsJsonObject("capabilities").has("completionProvider"),
                    init.toString());
            c.notify("initialized", "{}");

            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \"nec-ix\","
                    + " \"version\": 1, \"text\": " + new JsonPrimitive(Fixtures.read("lsp/e2e/seed-typo.ix")) + "}}");
            JsonObject published = c.notification("textDocument/publishDiagnostics").getAsJsonObject("params");
            JsonObject typo = null;
            for (JsonElement d : published.getAsJsonArray("diagnostics")) {
                if (d.getAsJsonObject().get("code").getAsString().equals(RuleCode.IX101.name())) {
                    typo = d.getAsJsonObject();
                }
            }
            assertTrue(typo != null, "IX101 for the misspelt policy: " + published);
            assertEquals(8, typo.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt());

            // A completion trigger kind and diagnostic and code action values from a future LSP.
            c.request(2, "textDocument/completion", "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"position\":"
                    + " {\"line\": 8, \"character\": 0}, \"context\": {\"triggerKind\": 9, \"futureHint\": 1}}");
            JsonObject completion = c.response(2);
            assertTrue(completion.has("result") && !completion.get("result").isJsonNull(), completion.toString());
            JsonObject typoWithFutureTags = typo.deepCopy();
            typoWithFutureTags.add("tags", new JsonArray());
            typoWithFutureTags.getAsJsonArray("tags").add(1);
            typoWithFutureTags.getAsJsonArray("tags").add(42);
            c.request(3, "textDocument/codeAction", "{\"textDocument\": {\"uri\": \"" + uri + "\"}, \"range\": "
                    + typo.get("range") + ", \"context\": {\"diagnostics\": [" + typoWithFutureTags + "],"
                    + " \"triggerKind\": 7}}");
            JsonObject actions = c.response(3);
            assertTrue(actions.has("result"), actions.toString());
            assertTrue(actions.get("result").toString().contains("ike-policy1"), "the quick fix is offered: " + actions);
            c.notify("workspace/didChangeWatchedFiles", "{\"changes\": [{\"uri\": \"" + Uris.of(workspace.resolve("x.txt"))
                    + "\", \"type\": 7}]}");

            c.request(4, "shutdown", null);
            assertTrue(c.response(4).has("result"));
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
            assertNull(c.failure, c.failure);
            assertFalse(h.log().contains("null references") || h.log().contains("must return a non-null"), h.log());
        }
    }

    @Test
    void enumCollectionsLeaveOutOnlyTheValuesTheServerDoesNotKnow() {
        MessageJsonHandler json = new MessageJsonHandler(Map.of(), NewerClients::configureGson);
        SymbolTagSupportCapabilities tags = json.getGson().fromJson("{\"valueSet\": [1, 99, \"Public\", 23, 5, {}]}",
                SymbolTagSupportCapabilities.class);
        assertEquals(List.of(SymbolTag.Deprecated, SymbolTag.Public, SymbolTag.Public), tags.getValueSet());
        // Writing is LSP4J's: numbers.
        assertEquals("{\"valueSet\":[1,5,5]}", json.getGson().toJson(tags));
    }

    @Test
    void validationStillRefusesWhatLsp4jRefuses() {
        MessageJsonHandler json = new MessageJsonHandler(Map.of(), NewerClients::configureGson);
        List<Message> passed = new ArrayList<>();
        var validator = NewerClients.validating(passed::add);

        // A required property that is not an enum, missing: refused.
        RequestMessage noPosition = new RequestMessage();
        noPosition.setId(1);
        noPosition.setMethod("textDocument/completion");
        CompletionParams params = new CompletionParams();
        params.setTextDocument(new TextDocumentIdentifier("file:///a.ix"));
        noPosition.setParams(params);
        MessageIssueException refused = assertThrowsIssue(() -> validator.consume(noPosition));
        assertTrue(refused.getIssues().get(0).getText().contains("position"), refused.getMessage());

        // An explicit null in a list: refused (only values that read as no constant are left out).
        SymbolTagSupportCapabilities withNull = json.getGson().fromJson("{\"valueSet\": [1, null]}",
                SymbolTagSupportCapabilities.class);
        NotificationMessage note = new NotificationMessage();
        note.setMethod("x");
        note.setParams(withNull);
        assertThrowsIssue(() -> validator.consume(note));

        // A required enum that reads as null (a trigger kind this LSP4J does not know): passed on.
        CompletionParams future = new CompletionParams(new TextDocumentIdentifier("file:///a.ix"), new Position(0, 0),
                new CompletionContext());
        RequestMessage completion = new RequestMessage();
        completion.setId(2);
        completion.setMethod("textDocument/completion");
        completion.setParams(future);
        validator.consume(completion);
        assertEquals(List.of(completion), passed);
        assertEquals(List.of(DiagnosticTag.Unnecessary), json.getGson().fromJson("[1, 42]",
                new com.google.gson.reflect.TypeToken<List<DiagnosticTag>>() { }.getType()));
    }

    private static MessageIssueException assertThrowsIssue(Runnable r) {
        return org.junit.jupiter.api.Assertions.assertThrows(MessageIssueException.class, r::run);
    }
}
