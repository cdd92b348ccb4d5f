package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys never reach the editor or the log (issue 13): configs with keys planted in every syntax,
 * and a config whose keys differ from its AWS sample's, are opened; every request the server
 * advertises is asked at every word of every line; every message the server sends (diagnostics,
 * hovers, completions, outlines, code lenses, code action titles, tunnel status, log messages) and
 * its standard error are scanned. Edits are the one place a key may travel, and only into a key
 * position: they are checked by {@code service.KeysStayInPlaceTest}, and left out of the scan here.
 */
class KeysOnTheWireTest {

    private static final Pattern PLANTED = Pattern.compile("\\bPlant\\w+|0x506c616e74\\w+");

    @TempDir
    Path workspace;

    private static Set<String> planted(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            Matcher m = PLANTED.matcher(line);
            while (!line.startsWith("!") && m.find()) {
                keys.add(m.group());
            }
        }
        return keys;
    }

    @Test
    void noKeyInAnyAnswerNotificationOrLogLine() throws Exception {
        String sampleText = Fixtures.read("aws/seed-article-cisco-flattened.txt");
        Files.writeString(workspace.resolve("sample.txt"), sampleText);
        Set<String> keys = new LinkedHashSet<>();
        for (AwsSample s : AwsSampleReader.readAll(sampleText)) {
            for (AwsTunnel t : s.tunnels()) {
                keys.add(t.presharedKey().reveal());
            }
        }
        String planted = Fixtures.read("robustness/planted-keys.ix");
        keys.addAll(planted(planted));
        // The seed config with one key wrong and a typo beside the other: the sample's keys are
        // what "Update from AWS sample" offers, and the typo's key must stay hidden.
        List<String> sampleKeys = new ArrayList<>(keys).subList(0, 2);
        String seed = Fixtures.read("ix/seed-article.ix").replace(sampleKeys.get(0), "PlantWrongSeedKey1")
                .replace(" key " + sampleKeys.get(1), " kye " + sampleKeys.get(1));
        keys.add("PlantWrongSeedKey1");
        String shortKey = Fixtures.read("robustness/short-password.ix");

        List<JsonObject> received = new ArrayList<>();
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            c.request(1, "initialize", "{\"processId\": null, \"rootUri\": \"" + Uris.of(workspace) + "\", \"capabilities\":"
                    + " {\"window\": {\"workDoneProgress\": true}}, \"initializationOptions\": {\"diagnostics\":"
                    + " {\"delayMs\": 0}}}");
            assertTrue(c.response(1).has("result"));
            c.notify("initialized", "{}");
            JsonObject create = c.serverRequest("window/workDoneProgress/create");
            c.respond(create.get("id"), "null");
            received.add(create);
            int id = 100;
            String[][] docs = {{"file:///w/planted.ix", planted}, {"file:///w/seed.ix", seed},
                    {"file:///w/short.ix", shortKey}};
            for (String[] doc : docs) {
                c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + doc[0] + "\", \"languageId\":"
                        + " \"nec-ix\", \"version\": 1, \"text\": " + new JsonPrimitive(doc[1]) + "}}");
            }
            // Once the sample is found, the seed config is checked against it.
            received.add(c.await(o -> o.has("method") && o.get("method").getAsString().equals("$/progress")
                    && o.toString().contains("\"end\"")));
            for (String[] doc : docs) {
                String td = "{\"uri\": \"" + doc[0] + "\"}";
                String[] lines = doc[1].split("\n", -1);
                for (String request : List.of("textDocument/documentSymbol", "textDocument/codeLens",
                        "textDocument/foldingRange", "textDocument/semanticTokens/full")) {
                    c.request(++id, request, "{\"textDocument\": " + td + "}");
                    received.add(c.response(id));
                }
                c.request(++id, "workspace/executeCommand", "{\"command\": \"ixls.tunnelStatus\", \"arguments\": [{\"uri\": \""
                        + doc[0] + "\"}]}");
                received.add(c.response(id));
                for (int line = 0; line < lines.length; line++) {
                    String range = "{\"start\": {\"line\": " + line + ", \"character\": 0}, \"end\": {\"line\": " + line
                            + ", \"character\": " + lines[line].length() + "}}";
                    c.request(++id, "textDocument/codeAction", "{\"textDocument\": " + td + ", \"range\": " + range
                            + ", \"context\": {\"diagnostics\": []}}");
                    JsonObject actions = c.response(id);
                    stripEdits(actions);
                    received.add(actions);
                    for (int ch : wordStarts(lines[line])) {
                        String pos = "{\"textDocument\": " + td + ", \"position\": {\"line\": " + line
                                + ", \"character\": " + ch + "}";
                        for (String request : List.of("textDocument/hover", "textDocument/completion",
                                "textDocument/documentHighlight", "textDocument/definition", "textDocument/references",
                                "textDocument/prepareRename")) {
                            c.request(++id, request, pos + (request.endsWith("references")
                                    ? ", \"context\": {\"includeDeclaration\": true}}" : "}"));
                            received.add(c.response(id));
                        }
                    }
                }
            }
            c.request(++id, "shutdown", null);
            c.response(id);
            c.notify("exit", null);
            assertEquals(0, h.awaitExit());
            received.addAll(c.drain());
            assertNull(c.failure, c.failure);
            String all = String.join("\n", received.stream().map(JsonObject::toString).toList());
            assertTrue(all.contains("publishDiagnostics") && all.contains("Pre-shared key"), "the scan saw the answers");
            List<String> leaks = new ArrayList<>();
            for (String key : keys) {
                if (all.contains(key)) {
                    int at = all.indexOf(key);
                    leaks.add(key + " in …" + all.substring(Math.max(0, at - 200), Math.min(all.length(), at + 50)));
                }
                if (h.log().contains(key)) {
                    leaks.add(key + " in the log");
                }
            }
            assertEquals(List.of(), leaks);
            assertTrue(!all.matches("(?s).*[0-9A-Za-z.]\\*{8}.*"), "a mask inside another word");
        }
    }

    /** Code actions carry edits; an edit may put a sample's key into the key position, and only there. */
    private static void stripEdits(JsonElement e) {
        if (e.isJsonObject()) {
            e.getAsJsonObject().remove("edit");
            e.getAsJsonObject().entrySet().forEach(m -> stripEdits(m.getValue()));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(KeysOnTheWireTest::stripEdits);
        }
    }

    private static List<Integer> wordStarts(String line) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != ' ' && (i == 0 || line.charAt(i - 1) == ' ')) {
                out.add(i);
            }
        }
        out.add(line.length());
        return out;
    }
}
