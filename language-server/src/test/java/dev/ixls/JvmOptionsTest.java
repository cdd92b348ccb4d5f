package dev.ixls;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Every way ixls is started passes the JVM options its memory was measured with (docs/fuzzing.md):
 * {@code ./ixls} for every command, the VS Code extension and the Eclipse plugin for the server.
 */
class JvmOptionsTest {

    private static final Path ROOT = Fixtures.root().getParent();

    @Test
    void theLauncherPassesTheCliOptions() throws IOException {
        String launcher = Files.readString(ROOT.resolve("ixls"));
        assertTrue(launcher.contains("exec java " + String.join(" ", PeakMemory.CLI_OPTIONS) + " ${IXLS_JAVA_OPTS:-}"),
                "./ixls: " + launcher);
    }

    @Test
    void theEditorsPassTheServerOptions() throws IOException {
        String vscode = Files.readString(ROOT.resolve("vscode-client/src/settings.ts"));
        String eclipse = Files.readString(ROOT.resolve(
                "eclipse-plugin/bundle/src/main/java/dev/ixls/eclipse/server/ServerRuntime.java"));
        String inTs = "['" + String.join("', '", PeakMemory.SERVER_OPTIONS) + "']";
        String inJava = "List.of(\"" + String.join("\", \"", PeakMemory.SERVER_OPTIONS) + "\")";
        assertTrue(vscode.contains(inTs), "vscode-client/src/settings.ts has " + inTs);
        assertTrue(eclipse.replaceAll("\\s+", " ").contains(inJava.replaceAll("\\s+", " ")), "ServerRuntime has " + inJava);
    }
}
