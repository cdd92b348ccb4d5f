package dev.ixls.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The catalog compiled at build time ({@code commands.bin}) is the catalog {@code commands.json}
 * gives: the same contexts, kinds and commands, syntax trees included, and not a stale build.
 */
class CompiledCatalogTest {

    private static CommandCatalog fromJson() throws IOException {
        try (InputStream in = CommandCatalog.class.getResourceAsStream("/dev/ixls/catalog/commands.json")) {
            return CommandCatalog.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    private static byte[] compiled(CommandCatalog catalog) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompiledCatalog.write(catalog, out);
        return out.toByteArray();
    }

    private static void assertSameCatalog(CommandCatalog expected, CommandCatalog actual) {
        assertEquals(expected.contexts(), actual.contexts());
        assertEquals(expected.kinds(), actual.kinds());
        assertEquals(expected.commands().size(), actual.commands().size());
        for (int i = 0; i < expected.commands().size(); i++) {
            assertEquals(expected.commands().get(i), actual.commands().get(i), expected.commands().get(i).id());
        }
        assertEquals(expected.firstWords(), actual.firstWords());
    }

    @Test
    void theShippedCatalogIsTheCompiledOneAndEqualsTheJson() throws IOException {
        byte[] shipped;
        try (InputStream in = CommandCatalog.class.getResourceAsStream(CompiledCatalog.RESOURCE)) {
            assertNotNull(in, "the build writes " + CompiledCatalog.RESOURCE + " (mvn process-classes)");
            shipped = in.readAllBytes();
        }
        CommandCatalog json = fromJson();
        // Not stale: the build compiled today's commands.json.
        assertArrayEquals(compiled(json), shipped, "commands.bin is older than commands.json: run mvn process-classes");
        assertSameCatalog(json, CompiledCatalog.read(new ByteArrayInputStream(shipped)));
        assertSameCatalog(json, CommandCatalog.standard());
    }

    @Test
    void argumentNamesAreInternedAsTheSyntaxCompilerDoes() throws IOException {
        CommandCatalog catalog = CompiledCatalog.read(new ByteArrayInputStream(compiled(fromJson())));
        Element.Arg name = (Element.Arg) catalog.command("ike.policy").elements().stream()
                .filter(e -> e instanceof Element.Arg a && a.name().equals("name")).findFirst().orElseThrow();
        assertSame("name", name.name());
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(IOException.class, () -> CompiledCatalog.read(new ByteArrayInputStream(
                "{\"contexts\": {}}".getBytes(StandardCharsets.UTF_8))));
    }
}
