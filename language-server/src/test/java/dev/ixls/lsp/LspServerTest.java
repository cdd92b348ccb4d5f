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
