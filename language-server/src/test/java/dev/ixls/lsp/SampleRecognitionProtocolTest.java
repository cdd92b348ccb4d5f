package dev.ixls.lsp;

import static dev.ixls.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An AWS sample recognised by its content, whatever its name or language id: a "Generate IX
 * config" code lens at its top, "Generate IX config" as a quick fix anywhere in it (Ctrl+.) as
 * well as a source action, and {@code ixls.detectDocumentKind} for clients that must decide a
 * document's language without re-implementing detection.
 */
class SampleRecognitionProtocolTest {

    private static final String GENERATE_V1 = "Generate IX config (IKEv1) (vpn-0e88bfbe4ce7ff72a)";

    @TempDir
    Path dir;

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private LspSession start() throws Exception {
        LspSession s = new LspSession();
        s.initialize(dir, "en", json("{\"diagnostics\": {\"delayMs\": 0}}"));
        return s;
    }

    private List<CodeAction> actions(LspSession s, String uri, int line, List<String> only) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setOnly(only);
        return get(s.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri),
                LspSession.range(line, 3, line, 3), context))).stream().map(a -> a.getRight()).toList();
    }

    @Test
    void aSampleOpenedAsPlainTextGetsAGenerateLensAtItsTop() throws Exception {
        try (LspSession s = start()) {
            String uri = Uris.of(dir.resolve("notes.txt"));
            s.open(uri, "plaintext", 1, Fixtures.read("aws/cisco-ios-bgp.txt"));
            s.client.awaitDiagnostics(uri, x -> true);
            var lenses = get(s.server.getTextDocumentService().codeLens(new CodeLensParams(new TextDocumentIdentifier(uri))));
            assertEquals(1, lenses.size(), lenses.toString());
            assertEquals(0, lenses.get(0).getRange().getStart().getLine());
            assertTrue(lenses.get(0).getCommand().getTitle().startsWith("Generate IX config (IKEv1)"),
                    lenses.get(0).getCommand().getTitle());
            assertEquals("ixls.generateConfig", lenses.get(0).getCommand().getCommand());
        }
    }

    @Test
    void generateIsAQuickFixAnywhereInTheSampleAndASourceActionWhenAskedFor() throws Exception {
        try (LspSession s = start()) {
            String uri = Uris.of(dir.resolve("downloaded.log"));
            s.open(uri, "plaintext", 1, Fixtures.read("aws/seed-article-cisco-flattened.txt"));
            // Ctrl+. (VS Code) and Ctrl+1 (Eclipse) ask with no kind: quick fixes, once each.
            List<CodeAction> anywhere = actions(s, uri, 3, null);
            assertEquals(List.of(GENERATE_V1, "Generate IX config (IKEv2) (vpn-0e88bfbe4ce7ff72a)"),
                    anywhere.stream().map(CodeAction::getTitle).toList());
            assertTrue(anywhere.stream().allMatch(a -> a.getKind().equals("quickfix")), anywhere.toString());
            assertEquals(Boolean.TRUE, anywhere.get(0).getIsPreferred());
            assertEquals("quickfix", actions(s, uri, 0, List.of("quickfix")).get(0).getKind());
            List<CodeAction> source = actions(s, uri, 0, List.of("source"));
            assertEquals(2, source.size());
            assertEquals("source.ixls.generateConfig", source.get(0).getKind());
            assertEquals(List.of(), actions(s, uri, 0, List.of("refactor")));
        }
    }

    @Test
    void detectDocumentKindAnswersWithTheServersOwnDetectors() throws Exception {
        Path onDisk = dir.resolve("vpn.cfg");
        Files.writeString(onDisk, Fixtures.read("aws/customer-gateway-bgp.xml"));
        try (LspSession s = start()) {
            String config = Uris.of(dir.resolve("router.conf"));
            s.open(config, "plaintext", 1, Fixtures.read("ix/seed-article.ix"));
            assertEquals("config", kind(s, "{\"uri\": \"" + config + "\"}"));
            assertEquals("awsSample", kind(s, "{\"uri\": \"" + Uris.of(onDisk) + "\"}"), "read from disk when not open");
            assertEquals("awsSample", kind(s, "{\"uri\": \"untitled:1\", \"text\": "
                    + new Gson().toJson(Fixtures.read("aws/generic-bgp.txt")) + "}"));
            assertEquals("transcript", kind(s, "{\"uri\": \"untitled:2\", \"text\": "
                    + new Gson().toJson(Fixtures.read("show/psk-mismatch.txt")) + "}"));
            assertEquals("other", kind(s, "{\"uri\": \"untitled:3\", \"text\": \"Shopping list: milk, eggs.\\n\"}"));
            assertEquals("other", kind(s, "{\"uri\": \"" + Uris.of(dir.resolve("missing.txt")) + "\"}"));
        }
    }

    private static String kind(LspSession s, String arg) throws Exception {
        Object result = get(s.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(
                "ixls.detectDocumentKind", List.of(json(arg)))));
        return new Gson().toJsonTree(result).getAsJsonObject().get("kind").getAsString();
    }
}
