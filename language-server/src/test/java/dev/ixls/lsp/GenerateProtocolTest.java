package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.ixls.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Generate IX config" on the wire for a sample that leaves the customer ASN as a placeholder
 * (AWS's documented Cisco IOS BGP sample shows YOUR_BGP_ASN): the editor is told, in a shape it
 * can act on, that the number is needed; with it, from the command or from the settings, the
 * config is generated.
 */
class GenerateProtocolTest {

    @TempDir
    Path workspace;

    private static final String CAPS = "{\"workspace\": {\"applyEdit\": true, \"workspaceEdit\": {\"documentChanges\": true,"
            + " \"resourceOperations\": [\"create\"]}}}";

    private Path placeholderSample() throws Exception {
        Path sample = workspace.resolve("aws-doc-sample.txt");
        Files.writeString(sample, Fixtures.read("aws/cisco-ios-doc-placeholders.txt"));
        return sample;
    }

    private void initialize(RawClient c, String locale, String generateSettings) throws Exception {
        initialize(c, locale, generateSettings, CAPS);
    }

    private void initialize(RawClient c, String locale, String generateSettings, String caps) throws Exception {
        c.request(1, "initialize", "{\"processId\": null, \"locale\": \"" + locale + "\", \"rootUri\": \""
                + Uris.of(workspace) + "\", \"capabilities\": " + caps + ", \"initializationOptions\": {\"diagnostics\":"
                + " {\"delayMs\": 0}" + (generateSettings == null ? "" : ", \"generate\": " + generateSettings) + "}}");
        assertTrue(c.response(1).has("result"));
        c.notify("initialized", "{}");
    }

    private static void generate(RawClient c, int id, Path sample, String extra) throws Exception {
        c.request(id, "workspace/executeCommand", "{\"command\": \"ixls.generateConfig\", \"arguments\": [{\"uri\": \""
                + Uris.of(sample) + "\", \"ikeVersion\": \"v1\"" + extra + "}]}");
    }

    /** The text of the file the server asks the editor to create, after the editor applied it. */
    private static String createdText(RawClient c, int id) throws Exception {
        JsonObject applyEdit = c.serverRequest("workspace/applyEdit");
        c.respond(applyEdit.get("id"), "{\"applied\": true}");
        assertTrue(c.response(id).has("result"));
        return applyEdit.getAsJsonObject("params").getAsJsonObject("edit").getAsJsonArray("documentChanges").get(1)
                .getAsJsonObject().getAsJsonArray("edits").get(0).getAsJsonObject().get("newText").getAsString();
    }

    private static void stop(ServerHarness h, RawClient c) throws Exception {
        c.request(99, "shutdown", null);
        c.response(99);
        c.notify("exit", null);
        assertEquals(0, h.awaitExit());
    }

    @Test
    void withoutTheAsnTheEditorIsToldWhatIsNeededInAShapeItCanActOn() throws Exception {
        Path sample = placeholderSample();
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "en", null);
            generate(c, 2, sample, "");
            JsonObject error = c.response(2).getAsJsonObject("error");
            assertEquals(-32602, error.get("code").getAsInt());
            assertEquals("{\"ixls\":\"needLocalAsn\",\"placeholder\":\"YOUR_BGP_ASN\"}", error.get("data").toString());
            String message = error.get("message").getAsString();
            assertTrue(message.contains("'YOUR_BGP_ASN'") && message.contains("generate.localAsn"), message);
            assertFalse(message.contains("--local-asn"), "a CLI flag means nothing in an editor: " + message);
            assertTrue(message.contains("Preferences > NEC IX (ixls)"), "where Eclipse users set it: " + message);
            // A client that does not say it shows command errors (LSP4E drops them) is also sent it as a message.
            JsonObject shown = c.await(o -> o.has("method") && o.get("method").getAsString().equals("window/showMessage"));
            assertEquals(1, shown.getAsJsonObject("params").get("type").getAsInt(), "an error");
            assertEquals(message, shown.getAsJsonObject("params").get("message").getAsString());
            try (var files = Files.list(workspace)) {
                assertEquals(List.of("aws-doc-sample.txt"), files.map(p -> p.getFileName().toString()).toList(),
                        "nothing written");
            }
            stop(h, c);
        }
    }

    @Test
    void aClientThatShowsCommandErrorsItselfIsNotSentThemTwice() throws Exception {
        Path sample = placeholderSample();
        String caps = "{\"workspace\": {\"applyEdit\": true}, \"experimental\": {\"ixls\": {\"showsCommandErrors\": true}}}";
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "en", null, caps);
            generate(c, 2, sample, "");
            assertEquals(-32602, c.response(2).getAsJsonObject("error").get("code").getAsInt());
            stop(h, c);
            assertFalse(c.drain().stream().anyMatch(o -> o.has("method")
                    && o.get("method").getAsString().equals("window/showMessage")), "no message besides the error");
        }
    }

    @Test
    void theMessageIsInTheEditorsLanguage() throws Exception {
        Path sample = placeholderSample();
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "ja", null);
            generate(c, 2, sample, "");
            String message = c.response(2).getAsJsonObject("error").get("message").getAsString();
            assertTrue(message.contains("「YOUR_BGP_ASN」") && message.contains("generate.localAsn"), message);
            // The command's own failures too.
            generate(c, 3, sample, ", \"connectionId\": \"vpn-00000000\"");
            assertEquals("ixls: サンプルに接続 vpn-00000000 がありません",
                    c.response(3).getAsJsonObject("error").get("message").getAsString());
            stop(h, c);
        }
    }

    @Test
    void theAsnTheUserEnteredGoesIntoTheConfig() throws Exception {
        Path sample = placeholderSample();
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "en", null);
            generate(c, 2, sample, ", \"localAsn\": 65010");
            String config = createdText(c, 2);
            assertTrue(config.contains("router bgp 65010"), config);
            assertTrue(config.contains("remote-as 7224"), "AWS's ASN is kept: " + config);
            stop(h, c);
        }
    }

    @Test
    void aClientThatCannotAskUsesTheSettings() throws Exception {
        Path sample = placeholderSample();
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "en", "{\"localAsn\": 65020, \"natTraversal\": true}");
            generate(c, 2, sample, "");
            String config = createdText(c, 2);
            assertTrue(config.contains("router bgp 65020"), config);
            assertTrue(config.contains("ike nat-traversal"), config);
            // What the command says wins over the settings.
            generate(c, 3, sample, ", \"localAsn\": 65030, \"natTraversal\": false");
            String second = createdText(c, 3);
            assertTrue(second.contains("router bgp 65030"), second);
            assertFalse(second.contains("ike nat-traversal"), second);
            stop(h, c);
        }
    }

    @Test
    void theSettingNeverOverridesAnAsnTheSampleGives() throws Exception {
        Path sample = workspace.resolve("vpn-download.txt");
        Files.writeString(sample, Fixtures.read("aws/cisco-ios-bgp.txt"));
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            initialize(c, "en", "{\"localAsn\": 65020}");
            generate(c, 2, sample, "");
            String config = createdText(c, 2);
            assertTrue(config.contains("router bgp 65000"), config);
            assertFalse(config.contains("65020"), config);
            stop(h, c);
        }
    }
}
