package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A transport that cannot be wedged (issue 13): every message the issue found to silence the
 * server for good, then a request that must still be answered; every malformed request with an id
 * answered with the protocol's error and no stack trace; the log naming the trouble without
 * quoting the document. Run over pipes in this JVM, and once over a real {@code ixls lsp} process.
 */
class HostileClientTest {

    @TempDir
    Path dir;

    static final String KEY = "PlantWireKey4711";
    static final String URI = "file:///w/hostile.ix";

    private static int errorCode(JsonObject response) {
        assertTrue(response.has("error"), "an error response: " + response);
        JsonObject error = response.getAsJsonObject("error");
        assertFalse(error.has("data") && !error.get("data").isJsonNull(), "no data (stack trace) in " + response);
        return error.get("code").getAsInt();
    }

    private static void initialize(RawClient c) throws Exception {
        c.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {},"
                + " \"initializationOptions\": {\"diagnostics\": {\"delayMs\": 0}}}");
        assertTrue(c.response(1).has("result"));
        c.notify("initialized", "{}");
    }

    private static JsonObject hover(RawClient c, int id, int line, int character) throws Exception {
        c.request(id, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + URI + "\"}, \"position\": {\"line\": "
                + line + ", \"character\": " + character + "}}");
        return c.response(id);
    }

    /** The hostile messages, each followed by proof that the server still answers. */
    static void hostileSession(RawClient c) throws Exception {
        initialize(c);
        String config = "ike proposal p encryption aes hash sha\nike policy x peer 192.0.2.1 key " + KEY + " p\n";
        c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"" + URI + "\", \"languageId\": \"nec-ix\","
                + " \"version\": 1, \"text\": " + new JsonPrimitive(config) + "}}");
        assertTrue(hover(c, 2, 0, 2).get("result").toString().contains("ike proposal"));

        // 1. Well framed, over 8 KB, JSON that fails early: a version that is no number before a 17 KB text.
        String text17k = config + "! " + "k".repeat(17_000) + " " + KEY + "\n";
        c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + URI + "\", \"version\": \"one\"},"
                + " \"contentChanges\": [{\"text\": " + new JsonPrimitive(text17k) + "}]}");
        assertTrue(hover(c, 3, 0, 2).has("result"), "still answering after a bad version");
        // The same as a request with an id: answered InvalidParams.
        c.request(4, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + URI + "\"}, \"position\": {\"line\": \"one\","
                + " \"character\": 0}, \"pad\": " + new JsonPrimitive(text17k) + "}");
        assertEquals(-32602, errorCode(c.response(4)));

        // 2. Deeply nested params.
        c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":" + "[".repeat(100_000)
                + "]".repeat(100_000) + "}");
        assertEquals(-32600, errorCode(c.response(5)));
        assertTrue(hover(c, 6, 0, 2).has("result"));

        // 3. An invalid escape, after the id: ParseError with that id.
        c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"textDocument/hover\",\"params\":{\"x\":\"\\q " + KEY + " "
                + "z".repeat(9000) + "\"}}");
        assertEquals(-32700, errorCode(c.response(7)));
        // Not JSON at all, without any id to give back: answered with a null id.
        c.sendRaw("{this is not json " + KEY);
        assertTrue(hover(c, 8, 0, 2).has("result"));

        // 4. Bad Content-Length headers: not a number, too long for its body, far too large.
        c.sendBytes(("Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":90,\"method\":\"shutdown\"}").getBytes(
                StandardCharsets.US_ASCII));
        c.sendBytes(("Content-Length: 99999999999999999999\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] shortBody = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"t\":\"tail\"}}".getBytes(StandardCharsets.UTF_8);
        c.sendBytes(("Content-Length: 10\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        c.sendBytes(shortBody);
        assertTrue(hover(c, 9, 0, 2).has("result"), "resynchronised at the next header");

        // 5. What is not served: MethodNotFound, not InternalError with a stack trace.
        c.request(10, "textDocument/typeDefinition", "{\"textDocument\": {\"uri\": \"" + URI + "\"}, \"position\":"
                + " {\"line\": 0, \"character\": 0}}");
        assertEquals(-32601, errorCode(c.response(10)));
        c.request(11, "workspace/symbol", "{\"query\": \"x\"}");
        assertEquals(-32601, errorCode(c.response(11)));
        c.request(12, "ixls/noSuchMethod", "{}");
        assertEquals(-32601, errorCode(c.response(12)));

        // 6. Requests under a notification's name get an answer.
        c.request(13, "textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///w/other.ix\", \"languageId\":"
                + " \"nec-ix\", \"version\": 1, \"text\": \"hostname a\"}}");
        assertEquals(-32600, errorCode(c.response(13)));
        c.request(14, "initialized", "{}");
        assertEquals(-32600, errorCode(c.response(14)));

        // 7. Parameter shapes are validated before use: a text that is a number is not "5".
        c.notify("textDocument/didChange", "{\"textDocument\": {\"uri\": \"" + URI + "\", \"version\": 9},"
                + " \"contentChanges\": [{\"text\": 5}]}");
        assertTrue(hover(c, 15, 0, 2).get("result").toString().contains("ike proposal"), "the text is unchanged");
        c.request(16, "textDocument/hover", "{\"textDocument\": {\"uri\": 5}, \"position\": {\"line\": 0, \"character\": 0}}");
        assertEquals(-32602, errorCode(c.response(16)));
        c.request(17, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + URI + "\"}, \"position\": {\"line\": 1.5,"
                + " \"character\": 0}}");
        assertEquals(-32602, errorCode(c.response(17)));
        // Ids of the wrong type, and messages that are no message.
        c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"shutdown\"}");
        c.sendRaw("[1, 2, 3]");
        c.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":18}");
        assertEquals(-32600, errorCode(c.response(18)));

        // 8. After shutdown, requests are refused with InvalidRequest; exit still ends the server.
        c.request(19, "shutdown", null);
        assertTrue(c.response(19).has("result"));
        c.request(20, "textDocument/hover", "{\"textDocument\": {\"uri\": \"" + URI + "\"}, \"position\": {\"line\": 0,"
                + " \"character\": 0}}");
        assertEquals(-32600, errorCode(c.response(20)));
        c.notify("exit", null);
    }

    @Test
    void hostileMessagesNeverSilenceTheServerOverPipes() throws Exception {
        try (ServerHarness h = ServerHarness.start(); RawClient c = new RawClient(h.fromServer, h.toServer)) {
            hostileSession(c);
            assertEquals(0, h.awaitExit());
            assertNull(c.failure, c.failure);
            String all = String.join("\n", c.drain().stream().map(JsonObject::toString).toList());
            assertFalse(all.contains(KEY), "a key in a message to the editor");
            assertFalse(all.contains("\tat ") || all.contains("Exception\\n"), "a stack trace: " + all);
            String log = h.log();
            assertFalse(log.contains(KEY) || log.contains("kkkkkkkkkk") || log.contains("ike proposal"),
                    "the log quotes the document: " + log);
            for (String expected : List.of("not JSON", "nested deeper", "not a number of bytes",
                    "not a message header", "do not have the expected shape", "sent as a request")) {
                assertTrue(log.contains(expected), expected + " in " + log);
            }
        }
    }

    @Test
    void hostileMessagesNeverSilenceARealServerProcess() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(javaBin.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "dev.ixls.cli.Main", "lsp", "--stdio").redirectError(stderr.toFile()).start();
        try (RawClient c = new RawClient(p.getInputStream(), p.getOutputStream())) {
            hostileSession(c);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server exits on exit");
            assertEquals(0, p.exitValue());
            assertNull(c.failure, "stdout carried something other than protocol: " + c.failure);
        } finally {
            p.destroyForcibly();
        }
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertFalse(log.contains(KEY) || log.contains("kkkkkkkkkk"), "the log quotes the document: " + log);
        assertTrue(log.contains("not JSON"), log);
    }
}
