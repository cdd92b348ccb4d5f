package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.Gson;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.SymbolTag;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** The outline's hand-written JSON is what LSP4J's reflective Gson writes, and it reads back alike. */
class OutlineJsonTest {

    private static final Gson LSP4J = new MessageJsonHandler(Map.of()).getGson();
    private static final Gson OURS = new MessageJsonHandler(Map.of(), b -> b.registerTypeAdapterFactory(new OutlineJson()))
            .getGson();

    private static DocumentSymbol symbol(Random r, int depth) {
        String name = List.of("Tunnel0.0", "ike-policy <a&b> 'x'", "拠点 \"7\"", "pol\u0000\n\t", "")
                .get(r.nextInt(5));
        Range range = new Range(new Position(r.nextInt(5000), r.nextInt(80)), new Position(r.nextInt(5000), r.nextInt(80)));
        DocumentSymbol s = new DocumentSymbol(name, SymbolKind.values()[r.nextInt(SymbolKind.values().length)], range,
                new Range(range.getStart(), range.getStart()));
        if (r.nextBoolean()) {
            s.setDetail(r.nextBoolean() ? "to site 7 (拠点 7)" : "");
        }
        if (r.nextInt(4) == 0) {
            s.setTags(List.of(SymbolTag.Deprecated));
        }
        if (r.nextInt(4) == 0) {
            s.setDeprecated(r.nextBoolean());
        }
        if (depth < 3 && r.nextInt(3) > 0) {
            List<DocumentSymbol> children = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                children.add(symbol(r, depth + 1));
            }
            s.setChildren(children);
        } else if (r.nextBoolean()) {
            s.setChildren(null);
        }
        return s;
    }

    @Test
    void theSameJsonAsTheReflectiveAdapter() {
        Random r = new Random(15);
        for (int i = 0; i < 300; i++) {
            List<Either<Object, DocumentSymbol>> outline = new ArrayList<>();
            for (int j = r.nextInt(6); j > 0; j--) {
                outline.add(Either.forRight(symbol(r, 0)));
            }
            String expected = LSP4J.toJson(outline);
            String actual = OURS.toJson(outline);
            assertEquals(JsonParser.parseString(expected), JsonParser.parseString(actual), expected);
            // Gson's escaping (HTML-safe, control characters) is the writer's, so even the text is equal.
            assertEquals(expected.length(), actual.length());
        }
    }

    @Test
    void readingIsGsonsOwn() {
        DocumentSymbol s = symbol(new Random(7), 0);
        String json = LSP4J.toJson(s);
        assertEquals(LSP4J.toJson(LSP4J.fromJson(json, DocumentSymbol.class)),
                LSP4J.toJson(OURS.fromJson(json, DocumentSymbol.class)));
    }
}
