package dev.ixls.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** What the catalog claims to know: a closed command says where its forms were seen. */
class CommandCatalogTest {

    private static final String HEAD = "{ \"contexts\": { \"global\": { \"en\": \"g\", \"ja\": \"g\" } }, \"kinds\": {},"
            + " \"sources\": { \"a\": \"a public config\" }, \"commands\": [ ";
    private static final String DOC = "\"doc\": { \"en\": \"d\", \"ja\": \"d\" }";

    private static CommandCatalog parse(String command) {
        return CommandCatalog.parse(new StringReader(HEAD + command + " ] }"));
    }

    @Test
    void aClosedCommandMustNameWhereItWasSeen() {
        assertThrows(IllegalStateException.class, () -> parse("{ \"id\": \"x\", \"syntax\": \"x\", \"contexts\": "
                + "[\"global\"], \"closed\": true, " + DOC + " }"));
        assertThrows(IllegalStateException.class, () -> parse("{ \"id\": \"x\", \"syntax\": \"x\", \"contexts\": "
                + "[\"global\"], \"closed\": true, \"seen\": [\"nowhere\"], " + DOC + " }"));
        assertTrue(parse("{ \"id\": \"x\", \"syntax\": \"x\", \"contexts\": [\"global\"], \"closed\": true, "
                + "\"seen\": [\"a\"], " + DOC + " }").command("x").closed());
        assertFalse(parse("{ \"id\": \"x\", \"syntax\": \"x\", \"contexts\": [\"global\"], " + DOC + " }")
                .command("x").closed());
    }

    @Test
    void theShippedCatalogClosesOnlyCommandsItHasSeen() {
        for (CommandSpec c : CommandCatalog.standard().commands()) {
            assertTrue(!c.closed() || !c.seen().isEmpty(), c.id());
        }
        assertTrue(CommandCatalog.standard().command("ike.policy").closed());
        // Known in part only: what ixls says about its values is not proof.
        assertFalse(CommandCatalog.standard().command("ip.access-list").closed());
    }
}
