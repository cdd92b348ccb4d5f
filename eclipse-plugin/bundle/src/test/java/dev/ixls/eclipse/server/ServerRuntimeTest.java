package dev.ixls.eclipse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class ServerRuntimeTest {

    @Test
    void commandIsJavaThenVmArgumentsThenTheJarAndTheLspSubcommand() {
        ServerRuntime runtime = new ServerRuntime(Path.of("/opt/jdk/bin/java"), Path.of("/x/server/ixls.jar"), null);
        assertEquals(List.of("/opt/jdk/bin/java", "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Xmx256m", "-Dfoo=a b", "-jar", "/x/server/ixls.jar", "lsp", "--stdio"),
                runtime.command(List.of("-Xmx256m", "-Dfoo=a b")));
    }

    @Test
    void theRunningVmsLauncherExists() {
        Path java = ServerRuntime.javaLauncher(System.getProperty("java.home"));
        assertTrue(Files.isRegularFile(java), java.toString());
    }
}
