package dev.ixls;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.cli.ClassDataArchive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every way ixls is started passes the JVM options its memory was measured with (docs/fuzzing.md)
 * and the class-data sharing options that keep JVM output off standard output:
 * {@code ./ixls} for every command, the VS Code extension and the Eclipse plugin for the server.
 */
class JvmOptionsTest {

    private static final Path ROOT = Fixtures.root().getParent();

    @Test
    void theLauncherPassesTheCliOptions() throws IOException {
        String launcher = Files.readString(ROOT.resolve("ixls"));
        List<String> options = new ArrayList<>(PeakMemory.CLI_OPTIONS);
        options.addAll(ClassDataArchive.LOG_OPTIONS);
        assertTrue(launcher.contains("options=(" + String.join(" ", options) + ")"), "./ixls: " + launcher);
        assertTrue(launcher.contains("exec java \"${options[@]}\" ${IXLS_JAVA_OPTS:-}"), "./ixls: " + launcher);
    }

    @Test
    void theEditorsPassTheServerOptionsAndTheClassDataOptions() throws IOException {
        String vscode = Files.readString(ROOT.resolve("vscode-client/src/settings.ts"));
        String eclipse = Files.readString(ROOT.resolve(
                "eclipse-plugin/bundle/src/main/java/dev/ixls/eclipse/server/ServerRuntime.java"));
        for (List<String> options : List.of(PeakMemory.SERVER_OPTIONS, ClassDataArchive.LOG_OPTIONS)) {
            String inTs = "['" + String.join("', '", options) + "']";
            String inJava = "List.of(\"" + String.join("\", \"", options) + "\")";
            assertTrue(vscode.contains(inTs), "vscode-client/src/settings.ts has " + inTs);
            assertTrue(eclipse.replaceAll("\\s+", " ").contains(inJava.replaceAll("\\s+", " ")),
                    "ServerRuntime has " + inJava);
        }
    }
}
