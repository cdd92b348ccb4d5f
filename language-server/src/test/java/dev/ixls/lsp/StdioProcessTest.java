package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ixls lsp --stdio} as an editor starts it: a separate process whose stdout carries only
 * protocol frames, whose log (stderr) never holds a key, and which exits when told to.
 */
class StdioProcessTest {

    @TempDir
    Path dir;

    @Test
    void stdoutIsOnlyProtocolAndTheLogNeverHoldsAKey() throws Exception {
        Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(javaBin.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.ixls.cli.Main", "lsp", "--stdio").redirectError(stderr.toFile()).start();
        try (RawClient c = new RawClient(p.getInputStream(), p.getOutputStream())) {
            c.request(1, "initialize", "{\"processId\": null, \"rootUri\": null, \"capabilities\": {},"
                    + " \"initializationOptions\": {\"diagnostics\": {\"delayMs\": 0}}}");
            assertTrue(c.response(1).has("result"));
            c.notify("initialized", "{}");
            String config = Fixtures.read("ix/seed-article.ix") + "ike policy extra peer 192.0.2.9 key Hidden4711 nope\n";
            c.notify("textDocument/didOpen", "{\"textDocument\": {\"uri\": \"file:///tmp/seed.ix\", \"languageId\": "
                    + "\"nec-ix\", \"version\": 1, \"text\": " + new JsonPrimitive(config) + "}}");
            JsonObject diagnostics = c.notification("textDocument/publishDiagnostics");
            assertTrue(diagnostics.toString().contains(RuleCode.IX101.name()), diagnostics.toString());
            c.request(2, "textDocument/hover", "{\"textDocument\": {\"uri\": \"file:///tmp/seed.ix\"}, \"position\": "
                    + "{\"line\": 6, \"character\": 60}}");
            String hover = c.response(2).toString();
            assertTrue(hover.contains("Pre-shared key"), hover);
            c.request(3, "shutdown", null);
            c.response(3);
            c.notify("exit", null);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the server exits on exit");
            assertEquals(0, p.exitValue());
            assertNull(c.failure, "stdout carried something other than protocol: " + c.failure);
            String all = String.join("\n", c.drain().stream().map(JsonObject::toString).toList()) + hover
                    + diagnostics;
            for (String key : List.of("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE",
                    "Hidden4711")) {
                assertFalse(all.contains(key), "a key in a message to the editor");
            }
        } finally {
            p.destroyForcibly();
        }
        String log = java.nio.file.Files.readString(stderr, StandardCharsets.UTF_8);
        assertTrue(log.contains("initialized"), log);
        for (String key : List.of("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE", "Hidden4711")) {
            assertFalse(log.contains(key), "a key in the log");
        }
    }
}
