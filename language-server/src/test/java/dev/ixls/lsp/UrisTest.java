package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class UrisTest {

    @Test
    void oneSpellingPerFile() {
        assertEquals("file:///tmp/a%20b.ix", Uris.key("file:///tmp/a%20b.ix"));
        assertEquals("file:///tmp/a%20b.ix", Uris.key("file:/tmp/a%20b.ix"));
        assertEquals("file:///tmp/x.ix", Uris.key("file:///tmp/./y/../x.ix"));
        assertEquals("untitled:Untitled-1", Uris.key("untitled:Untitled-1"));
        assertEquals(Path.of("/tmp/a b.ix"), Uris.path("file:///tmp/a%20b.ix").orElseThrow());
        assertTrue(Uris.path("untitled:x").isEmpty());
    }

    @Test
    void engineLocationsBecomeUris() {
        Path root = Path.of("/work/ws");
        assertEquals("file:///work/ws/aws/vpn.txt", Uris.toUri("aws/vpn.txt", root));
        assertEquals("file:///etc/vpn.txt", Uris.toUri("/etc/vpn.txt", root));
        assertEquals("file:///work/ws/x.txt", Uris.toUri("file:///work/ws/x.txt", root));
        assertEquals("untitled:Untitled-1", Uris.toUri("untitled:Untitled-1", root));
    }
}
