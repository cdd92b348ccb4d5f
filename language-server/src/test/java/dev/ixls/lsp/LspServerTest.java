package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** LSP4J's own log lines reach the server's log cut before anything they quote (issue 13). */
class LspServerTest {

    @Test
    void lsp4jLogLinesNeverQuoteAMessage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LspServer.oneLineLogging(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j.jsonrpc.RemoteEndpoint");
        lsp4j.log(Level.WARNING, "Notification threw an exception: {\n  \"jsonrpc\": \"2.0\",\n  \"params\": {\"text\": "
                + "\"ike policy x peer 192.0.2.1 key PlantLogKey1 p\"}}", new IllegalStateException("PlantLogKey1"));
        lsp4j.log(Level.WARNING, "Unmatched response message: \"PlantLogKey2\"");
        String log = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("RemoteEndpoint: Notification threw an exception (IllegalStateException)"), log);
        assertTrue(log.contains("Unmatched response message"), log);
        assertFalse(log.contains("PlantLogKey") || log.contains("ike policy"), log);
    }

    @Test
    void aCancellationOfAFinishedRequestIsNoWarning() throws Exception {
        // Editors cancel requests whose answer is already on its way (VS Code does, all the time):
        // that race is normal, and the log (the editor's output channel) does not cry about it.
        try (ServerHarness h = ServerHarness.start();
                RawClient c = new RawClient(h.fromServer, h.toServer)) {
            c.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}");
            c.response(1);
            c.notify("initialized", "{}");
            c.request(2, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///tmp/none.ix\"}, "
                    + "\"position\": {\"line\": 0, \"character\": 0}}");
            c.response(2);
            c.notify("$/cancelRequest", "{\"id\": 2}");
            c.notify("$/cancelRequest", "{\"id\": 77}");
            c.request(3, "shutdown", null);
            c.response(3);
            assertFalse(h.log().contains("Unmatched cancel"), h.log());
        }
    }

    @Test
    void aCancelThatCrossedItsAnswerIsNotLogged() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LspServer.oneLineLogging(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        Logger lsp4j = Logger.getLogger("org.eclipse.lsp4j.jsonrpc.RemoteEndpoint");
        lsp4j.log(Level.WARNING, "Unmatched cancel notification for request id 12");
        lsp4j.log(Level.WARNING, "Unmatched response message: 13");
        String log = bytes.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("cancel"), log);
        assertTrue(log.contains("Unmatched response message"), log);
    }
}
