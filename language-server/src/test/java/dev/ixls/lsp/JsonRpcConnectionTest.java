package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

/** The checks the connection makes before LSP4J reads a message (the protocol tests drive the rest). */
class JsonRpcConnectionTest {

    @Test
    void depthIsCountedOutsideStrings() {
        assertEquals(2, JsonRpcConnection.depth("{\"a\":[1,\"[[[[\"]}"));
        assertEquals(0, JsonRpcConnection.depth("\"{{{\\\"\""));
        assertEquals(100_000, JsonRpcConnection.depth("[".repeat(100_000)));
    }

    @Test
    void theIdOfADamagedMessageIsReadWhenItComesFirst() {
        assertEquals(new JsonPrimitive("a1"), JsonRpcConnection.partialId("{\"jsonrpc\":\"2.0\",\"id\":\"a1\",\"params\":{\"x\":\"\\q"));
        assertEquals(new JsonPrimitive(new java.math.BigDecimal(7)), JsonRpcConnection.partialId("{\"id\":7,"));
        assertEquals(JsonNull.INSTANCE, JsonRpcConnection.partialId("{\"params\":{\"x\":\"\\q\"},\"id\":8}"));
        assertEquals(JsonNull.INSTANCE, JsonRpcConnection.partialId("not json"));
        assertEquals(JsonNull.INSTANCE, JsonRpcConnection.partialId("{\"id\":1.5}"), "not an integer id");
    }

    @Test
    void idsAreStringsOrIntegers() {
        assertTrue(JsonRpcConnection.validId(new JsonPrimitive("x")));
        assertTrue(JsonRpcConnection.validId(new JsonPrimitive(12)));
        assertFalse(JsonRpcConnection.validId(new JsonPrimitive(new java.math.BigDecimal("1e400"))));
        assertFalse(JsonRpcConnection.validId(new JsonPrimitive(2.5)));
        assertFalse(JsonRpcConnection.validId(new JsonPrimitive(true)));
        assertFalse(JsonRpcConnection.validId(JsonNull.INSTANCE));
    }

    @Test
    void methodNamesInTheLogAreShortAndPlain() {
        assertEquals("'textDocument/hover'", JsonRpcConnection.safe("textDocument/hover"));
        assertEquals("a method with an odd name", JsonRpcConnection.safe("ike policy x key SECRET"));
        assertTrue(JsonRpcConnection.safe("a".repeat(500)).length() < 100);
    }

    @Test
    void strictShapesRefuseAValueOfTheWrongType() {
        GsonBuilder builder = new GsonBuilder();
        StrictJson.configure(builder);
        Gson gson = builder.create();
        assertThrows(JsonParseException.class, () -> gson.fromJson("{\"text\": 5}", TextDocumentContentChangeEvent.class));
        assertThrows(JsonParseException.class, () -> gson.fromJson("{\"line\": \"3\", \"character\": 0}", Position.class));
        assertThrows(JsonParseException.class, () -> gson.fromJson("{\"line\": 1.5, \"character\": 0}", Position.class));
        assertEquals("5", gson.fromJson("{\"text\": \"5\"}", TextDocumentContentChangeEvent.class).getText());
        assertEquals(new Position(3, 0), gson.fromJson("{\"line\": 3, \"character\": 0.0}", Position.class));
    }
}
