package dev.ixls.lsp;

import static dev.ixls.lsp.LspSession.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion items as an editor sees them: kinds that tell keywords, names, values and snippets apart, each documented. */
class CompletionProtocolTest {

    @TempDir
    Path dir;

    private static Map<String, CompletionItem> complete(LspSession s, String uri, int line, int character)
            throws Exception {
        var result = get(s.server.getTextDocumentService().completion(new CompletionParams(
                new TextDocumentIdentifier(uri), new Position(line, character))));
        return result.getRight().getItems().stream().collect(Collectors.toMap(CompletionItem::getLabel, i -> i,
                (a, b) -> a));
    }

    @Test
    void kindsTellKeywordsNamesValuesAndSnippetsApartAndEachIsDocumented() throws Exception {
        try (LspSession s = new LspSession()) {
            s.initialize(dir, "en", JsonParser.parseString("{\"diagnostics\": {\"delayMs\": 0}}").getAsJsonObject());
            String uri = Uris.of(dir.resolve("r.ix"));
            String text = "ike proposal p1 encryption aes hash sha\nike policy pol1 peer 192.0.2.1 key k p1\n"
                    + "ike keepalive \nike proposal p2 encryption \n\n";
            s.open(uri, "nec-ix", 1, text);
            Map<String, CompletionItem> top = complete(s, uri, 4, 0);
            assertEquals(CompletionItemKind.Keyword, top.get("ike").getKind());
            assertEquals(CompletionItemKind.Snippet, top.get("ike-policy").getKind());
            assertEquals(InsertTextFormat.Snippet, top.get("ike-policy").getInsertTextFormat());
            Map<String, CompletionItem> names = complete(s, uri, 2, "ike keepalive ".length());
            assertEquals(CompletionItemKind.Reference, names.get("pol1").getKind());
            Map<String, CompletionItem> values = complete(s, uri, 3, "ike proposal p2 encryption ".length());
            assertEquals(CompletionItemKind.EnumMember, values.get("aes").getKind());
            for (Map<String, CompletionItem> items : List.of(top, names, values)) {
                for (CompletionItem i : items.values()) {
                    assertNotNull(i.getDocumentation(), i.getLabel() + " has documentation");
                }
            }
        }
    }
}
