package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.Fixtures;
import dev.ixls.Fuzz;
import dev.ixls.Mutations;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The protocol side of the fuzz suite (docs/fuzzing.md), against the server over pipes: edit
 * sequences with incremental sync that must never drift from a fresh open, hostile JSON-RPC that
 * must never silence the server, and every advertised request at random positions that must never
 * fail inside the server (-32603). Keys planted in the configs must never reach the log.
 */
@Tag("fuzz")
class ProtocolFuzzTest {

    @TempDir
    Path workspace;

    private RawClient start(FuzzServer h) throws Exception {
        Files.writeString(workspace.resolve("sample.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        RawClient c = new RawClient(h.fromServer, h.toServer);
        c.request(0, "initialize", "{\"processId\": null, \"rootUri\": \"" + Uris.of(workspace) + "\", \"capabilities\":"
                + " {\"textDocument\": {\"completion\": {\"completionItem\": {\"snippetSupport\": true}}}},"
                + " \"initializationOptions\": {\"diagnostics\": {\"delayMs\": 0}}}");
        assertTrue(c.response(0).has("result"));
        c.notify("initialized", "{}");
        return c;
    }

    private static void open(RawClient c, String uri, String text) throws IOException {
        c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"languageId\": \"nec-ix\","
                + " \"version\": 1, \"text\": " + new JsonPrimitive(text) + "}}");
    }

    private static void finish(FuzzServer h, RawClient c, Set<String> keys) throws Exception {
        c.request("end", "shutdown", null);
        assertTrue(c.response("end").has("result"));
        h.recordPeak();
        c.notify("exit", null);
        assertEquals(0, h.awaitExit(), "a clean exit after the session");
        assertNull(c.failure, c.failure);
        String log = h.log();
        for (String key : keys) {
            assertTrue(!log.contains(key), "a key in the log");
        }
    }

    private static int id;

    private static JsonObject ask(RawClient c, String method, String params) throws Exception {
        int n = ++id;
        c.request(n, method, params);
        return c.response(n);
    }

    @Test
    void editSequencesWithIncrementalSyncNeverDriftFromAFreshOpen() throws Exception {
        Fuzz.Loop loop = Fuzz.loop("edits", 80);
        Set<String> keys = new HashSet<>();
        int edits = 0;
        try (FuzzServer h = FuzzServer.start("edits", workspace); RawClient c = start(h)) {
            while (loop.next()) {
                Random r = loop.random();
                List<String> planted = new ArrayList<>();
                String text = Mutations.randomConfig(r, planted);
                keys.addAll(planted);
                String uri = "file:///fuzz/edited-" + loop.cases() + ".ix";
                open(c, uri, text);
                String expected = text;
                int version = 1;
                for (int e = 0; e < 40; e++, edits++) {
                    JsonArray changes = new JsonArray();
                    for (int k = 1 + r.nextInt(3); k > 0; k--) {
                        JsonObject change = new JsonObject();
                        String insert = Mutations.randomInsert(r);
                        if (r.nextInt(40) == 0) {
                            expected = insert + expected; // a whole-document change
                        } else {
                            SourceText source = new SourceText(expected);
                            Position a = randomPosition(source, r);
                            Position b = r.nextInt(3) == 0 ? a : randomPosition(source, r);
                            int from = Math.min(source.offsetAt(a), source.offsetAt(b));
                            int to = Math.max(source.offsetAt(a), source.offsetAt(b));
                            JsonObject range = new JsonObject();
                            range.add("start", position(source.positionAt(from)));
                            range.add("end", position(source.positionAt(to)));
                            change.add("range", range);
                            expected = expected.substring(0, from) + insert + expected.substring(to);
                        }
                        change.addProperty("text", change.has("range") ? insert : expected);
                        changes.add(change);
                    }
                    c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + uri + "\", \"version\": "
                            + ++version + "}, \"contentChanges\": " + changes + "}");
                }
                String fresh = "file:///fuzz/fresh-" + loop.cases() + ".ix";
                open(c, fresh, expected);
                for (String method : List.of("textDocument/semanticTokens/full", "textDocument/documentSymbol",
                        "textDocument/foldingRange")) {
                    JsonElement edited = ask(c, method, "{\"textDocument\": {\"uri\": \"" + uri + "\"}}").get("result");
                    JsonElement opened = ask(c, method, "{\"textDocument\": {\"uri\": \"" + fresh + "\"}}").get("result");
                    assertEquals(opened, edited, loop.where() + ": " + method + " drifted after " + version + " versions");
                }
                for (String u : List.of(uri, fresh)) {
                    c.notify("textDocument/didClose", "{\"textDocument\": {\"uri\": \"" + u + "\"}}");
                }
            }
            finish(h, c, keys);
        }
        assertTrue(edits >= 400, edits + " edits");
    }

    private static Position randomPosition(SourceText source, Random r) {
        int line = r.nextInt(source.lineCount());
        String text = source.line(line);
        int character = r.nextInt(text.length() + 1);
        if (character > 0 && character < text.length() && Character.isHighSurrogate(text.charAt(character - 1))) {
            character--; // positions fall between characters, not inside a surrogate pair
        }
        return new Position(line, character);
    }

    private static JsonObject position(Position p) {
        JsonObject o = new JsonObject();
        o.addProperty("line", p.line());
        o.addProperty("character", p.character());
        return o;
    }

    /** Methods a hostile client sends: served, unserved, notifications, nonsense. */
    private static final List<String> METHODS = List.of("textDocument/hover", "textDocument/completion",
            "textDocument/didChange", "textDocument/didOpen", "textDocument/didClose", "textDocument/codeAction",
            "textDocument/rename", "textDocument/formatting", "workspace/executeCommand", "initialized", "initialize",
            "textDocument/typeDefinition", "workspace/symbol", "$/cancelRequest", "$/setTrace", "ixls/nothing", "",
            "textDocument/semanticTokens/range", "workspace/didChangeConfiguration", "exit\u0000");

    @Test
    void hostileJsonRpcNeverSilencesTheServer() throws Exception {
        Fuzz.Loop loop = Fuzz.loop("hostile", 4000);
        Set<String> keys = new HashSet<>();
        java.util.Map<String, String> awaited = new java.util.TreeMap<>();
        try (FuzzServer h = FuzzServer.start("hostile", workspace); RawClient c = start(h)) {
            List<String> planted = new ArrayList<>();
            String config = Mutations.randomConfig(new Random(Fuzz.seed()), planted) + "\nike policy hz peer 192.0.2.77 key "
                    + "PlantHostileKey1 ike-prop\n";
            keys.addAll(planted);
            keys.add("PlantHostileKey1");
            String uri = "file:///fuzz/hostile.ix";
            open(c, uri, config);
            while (loop.next()) {
                Random r = loop.random();
                String requestId = "h" + loop.cases();
                String params = randomParams(r, uri, config);
                String method = METHODS.get(r.nextInt(METHODS.size()));
                boolean withId = r.nextInt(3) > 0;
                String body = "{\"jsonrpc\":\"2.0\"," + (withId ? "\"id\":\"" + requestId + "\"," : "")
                        + "\"method\":" + new JsonPrimitive(method) + ",\"params\":" + params + "}";
                boolean exitNotification = method.equals("exit") || method.equals("initialize");
                if (exitNotification) {
                    continue;
                }
                switch (r.nextInt(8)) {
                    case 0 -> { // bytes flipped inside a well-framed body
                        byte[] b = body.getBytes(StandardCharsets.UTF_8);
                        for (int k = r.nextInt(4); k >= 0; k--) {
                            b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                        }
                        c.sendBytes(frame(b));
                    }
                    case 1 -> { // a body cut short, framed as what was sent
                        byte[] b = body.getBytes(StandardCharsets.UTF_8);
                        c.sendBytes(frame(java.util.Arrays.copyOf(b, r.nextInt(b.length))));
                    }
                    case 2 -> { // a Content-Length shorter than the body: its tail runs into the next header
                        byte[] b = body.getBytes(StandardCharsets.UTF_8);
                        c.sendBytes(("Content-Length: " + r.nextInt(b.length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        c.sendBytes(b);
                    }
                    case 3 -> { // a Content-Length longer than the body: padded with blank lines so it ends
                        byte[] b = body.getBytes(StandardCharsets.UTF_8);
                        int more = 1 + r.nextInt(300);
                        c.sendBytes(("Content-Length: " + (b.length + more) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                        c.sendBytes(b);
                        c.sendBytes("\n".repeat(more).getBytes(StandardCharsets.US_ASCII));
                    }
                    case 4 -> // garbage between frames
                        c.sendBytes(("Content-Type: x\r\nX-" + r.nextInt() + ": y\r\n\r\n" + "#".repeat(r.nextInt(20000))
                                + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    case 5 -> c.sendRaw("[".repeat(1 + r.nextInt(200_000)) + "]");
                    default -> { // well framed and well formed JSON: a request with an id must be answered
                        c.sendRaw(body);
                        if (withId) {
                            awaited.put(requestId, body.length() > 160 ? body.substring(0, 160) + "…" : body);
                        }
                    }
                }
                if (loop.cases() % 25 == 0) {
                    String canary = "canary" + loop.cases();
                    c.request(canary, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + uri
                            + "\"}, \"position\": {\"line\": 0, \"character\": 0}}");
                    JsonObject answer = c.response(canary);
                    assertTrue(answer.has("result") || answer.has("error"), loop.where() + ": " + answer);
                }
            }
            c.request("final", "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + uri
                    + "\"}, \"position\": {\"line\": 0, \"character\": 0}}");
            assertTrue(c.response("final").has("result"), "still answering after " + loop.cases() + " hostile messages");
            c.request("end", "shutdown", null);
            assertTrue(c.response("end").has("result"));
            h.recordPeak();
            c.notify("exit", null);
            assertEquals(0, h.awaitExit(), "a clean exit after the session");
            List<JsonObject> all = c.drain();
            Set<String> answered = new HashSet<>();
            for (JsonObject o : all) {
                if (o.has("id") && !o.has("method") && !o.get("id").isJsonNull()) {
                    answered.add(o.get("id").getAsString());
                    if (o.has("error")) {
                        JsonObject error = o.getAsJsonObject("error");
                        assertTrue(error.get("code").getAsInt() != -32603, "an internal error: " + o);
                        // Only ixls's own structured data (never a stack trace) may ride along.
                        assertTrue(!error.has("data") || error.get("data").isJsonNull()
                                || error.get("data").isJsonObject() && error.getAsJsonObject("data").has("ixls"),
                                "data in " + o);
                    }
                }
            }
            java.util.Map<String, String> missing = new java.util.TreeMap<>(awaited);
            missing.keySet().removeAll(answered);
            // A request cancelled by its own $/cancelRequest is answered too; nothing goes unanswered.
            assertEquals(java.util.Map.of(), missing, "requests with an id that got no answer");
            String text = String.join("\n", all.stream().map(JsonObject::toString).toList()) + h.log();
            for (String key : keys) {
                assertTrue(!text.contains(key), "a key on the wire or in the log: " + key);
            }
            assertNull(c.failure, c.failure);
        }
    }

    private static byte[] frame(byte[] body) {
        byte[] header = ("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, out, header.length, body.length);
        return out;
    }

    /** Params of every shape: right, wrong types, missing fields, huge, nested, with the config in them. */
    private static String randomParams(Random r, String uri, String config) {
        String td = "{\"uri\":\"" + uri + "\"}";
        return switch (r.nextInt(12)) {
            case 0 -> "{\"textDocument\":" + td + ",\"position\":{\"line\":" + (r.nextInt(60) - 5) + ",\"character\":"
                    + (r.nextInt(90) - 5) + "}}";
            case 1 -> "{\"textDocument\":" + td + ",\"position\":{\"line\":\"one\",\"character\":0}}";
            case 2 -> "{\"textDocument\":{\"uri\":5},\"contentChanges\":[{\"text\":5}]}";
            case 3 -> "{\"textDocument\":{\"uri\":\"" + uri + "\",\"version\":\"one\"},\"contentChanges\":[{\"text\":"
                    + new JsonPrimitive(config) + "}]}";
            case 4 -> "null";
            case 5 -> "[1,2,3]";
            case 6 -> "{\"command\":\"ixls.tunnelStatus\",\"arguments\":[{\"uri\":\"" + uri + "\"}]}";
            case 7 -> "{\"command\":\"ixls.generateConfig\",\"arguments\":[" + r.nextInt() + "]}";
            case 8 -> "{\"textDocument\":" + td + ",\"position\":{\"line\":0,\"character\":0},\"newName\":"
                    + new JsonPrimitive(Mutations.JUNK.get(r.nextInt(Mutations.JUNK.size()))) + "}";
            case 9 -> "{\"textDocument\":" + td + ",\"range\":{\"start\":{\"line\":9,\"character\":0},\"end\":{\"line\":0,"
                    + "\"character\":99}},\"context\":{\"diagnostics\":[]}}";
            case 10 -> "{\"id\":" + (r.nextBoolean() ? "\"h" + r.nextInt(400) + "\"" : "1e400") + "}";
            default -> { int n = r.nextInt(80); yield "{\"settings\":" + "{\"a\":".repeat(n) + "1" + "}".repeat(n) + "}"; }
        };
    }

    @Test
    void everyAdvertisedRequestAtRandomPositionsIsAnsweredWithoutAnInternalError() throws Exception {
        Fuzz.Loop loop = Fuzz.loop("requests", 150);
        Set<String> keys = new HashSet<>();
        int requests = 0;
        try (FuzzServer h = FuzzServer.start("requests", workspace); RawClient c = start(h)) {
            while (loop.next()) {
                Random r = loop.random();
                List<String> planted = new ArrayList<>();
                String text = Mutations.randomConfig(r, planted);
                keys.addAll(planted);
                String uri = "file:///fuzz/requests-" + loop.cases() + ".ix";
                open(c, uri, text);
                String td = "{\"uri\":\"" + uri + "\"}";
                SourceText source = new SourceText(text);
                for (int k = 0; k < 6; k++) {
                    Position p = r.nextInt(5) == 0 ? new Position(r.nextInt(500) - 50, r.nextInt(500) - 50)
                            : randomPosition(source, r);
                    Position q = randomPosition(source, r);
                    String pos = "\"position\":{\"line\":" + p.line() + ",\"character\":" + p.character() + "}";
                    String range = "\"range\":{\"start\":{\"line\":" + p.line() + ",\"character\":" + p.character()
                            + "},\"end\":{\"line\":" + q.line() + ",\"character\":" + q.character() + "}}";
                    List<String[]> asks = List.of(
                            new String[] {"textDocument/hover", "{\"textDocument\":" + td + "," + pos + "}"},
                            new String[] {"textDocument/completion", "{\"textDocument\":" + td + "," + pos + "}"},
                            new String[] {"textDocument/documentHighlight", "{\"textDocument\":" + td + "," + pos + "}"},
                            new String[] {"textDocument/definition", "{\"textDocument\":" + td + "," + pos + "}"},
                            new String[] {"textDocument/references", "{\"textDocument\":" + td + "," + pos
                                    + ",\"context\":{\"includeDeclaration\":" + r.nextBoolean() + "}}"},
                            new String[] {"textDocument/prepareRename", "{\"textDocument\":" + td + "," + pos + "}"},
                            new String[] {"textDocument/rename", "{\"textDocument\":" + td + "," + pos + ",\"newName\":"
                                    + new JsonPrimitive(r.nextBoolean() ? "renamed" + k
                                            : Mutations.JUNK.get(r.nextInt(Mutations.JUNK.size()))) + "}"},
                            new String[] {"textDocument/rangeFormatting", "{\"textDocument\":" + td + "," + range
                                    + ",\"options\":{\"tabSize\":2,\"insertSpaces\":true}}"},
                            new String[] {"textDocument/semanticTokens/range", "{\"textDocument\":" + td + "," + range + "}"},
                            new String[] {"textDocument/codeAction", "{\"textDocument\":" + td + "," + range
                                    + ",\"context\":{\"diagnostics\":[]}}"});
                    for (String[] a : asks) {
                        JsonObject answer = ask(c, a[0], a[1]);
                        requests++;
                        assertTrue(answer.has("result") || answer.has("error"), loop.where() + " " + a[0]);
                        if (answer.has("error")) {
                            int code = answer.getAsJsonObject("error").get("code").getAsInt();
                            assertTrue(code != -32603 && code != -32601, loop.where() + " " + a[0] + " at " + p + ": "
                                    + answer + "\nconfig:\n" + text);
                        }
                    }
                }
                for (String method : List.of("textDocument/documentSymbol", "textDocument/foldingRange",
                        "textDocument/semanticTokens/full", "textDocument/codeLens", "textDocument/formatting")) {
                    JsonObject answer = ask(c, method, "{\"textDocument\":" + td
                            + ",\"options\":{\"tabSize\":2,\"insertSpaces\":true}}");
                    requests++;
                    assertTrue(answer.has("result"), loop.where() + " " + method + ": " + answer);
                }
                JsonObject status = ask(c, "workspace/executeCommand", "{\"command\":\"ixls.tunnelStatus\",\"arguments\":"
                        + "[{\"uri\":\"" + uri + "\"}]}");
                assertTrue(status.has("result"), loop.where() + " tunnelStatus: " + status);
                c.notify("textDocument/didClose", "{\"textDocument\": " + td + "}");
            }
            finish(h, c, keys);
        }
        assertTrue(requests >= 1000, requests + " requests");
    }
}
