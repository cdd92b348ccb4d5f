package dev.ixls.eclipse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void commandIsJavaThenVmArgumentsThenTheJarAndTheLspSubcommand() {
        ServerRuntime runtime = new ServerRuntime(Path.of("/opt/jdk/bin/java"), Path.of("/x/server/ixls.jar"), null);
        assertEquals(List.of("/opt/jdk/bin/java", "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-Xmx256m", "-Dfoo=a b", "-jar", "/x/server/ixls.jar", "lsp", "--stdio"),
                runtime.command(List.of("-Xmx256m", "-Dfoo=a b")));
    }

    @Test
    void anArchiveIsUsedWhenItExistsAndNamedForTheServerToMakeWhenNot() throws IOException {
        Path archive = dir.resolve("ixls-0123456789abcdef.jsa");
        ServerRuntime runtime = new ServerRuntime(Path.of("/opt/jdk/bin/java"), Path.of("/x/server/ixls.jar"), null, archive);
        List<String> missing = runtime.command(List.of());
        assertTrue(missing.contains("-Dixls.cds.archive=" + archive), missing.toString());
        assertTrue(missing.stream().noneMatch(a -> a.startsWith("-XX:SharedArchiveFile")), missing.toString());
        Files.writeString(archive, "made by the server");
        List<String> made = runtime.command(List.of("-Xshare:off"));
        List<String> expected = new ArrayList<>(List.of("/opt/jdk/bin/java", "-Xms32m", "-Xmx384m", "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-Xshare:auto", "-Xlog:disable", "-Xlog:all=warning:stderr",
                "-XX:SharedArchiveFile=" + archive, "-Dixls.cds.archive=" + archive, "-Xshare:off", "-jar",
                "/x/server/ixls.jar", "lsp", "--stdio"));
        assertEquals(expected, made);
    }

    @Test
    void jvmOutputNeverGoesToStandardOutput() {
        List<String> logs = ServerRuntime.CDS_VM_ARGS.stream().filter(a -> a.startsWith("-Xlog")).toList();
        assertEquals("-Xlog:disable", logs.get(0));
        logs.subList(1, logs.size()).forEach(a -> assertTrue(a.endsWith(":stderr"), a));
    }

    @Test
    void oneArchiveNamePerJarAndRuntime() throws IOException {
        Path jar = dir.resolve("ixls.jar");
        Files.writeString(jar, "jar");
        Path java = Path.of("/opt/jdk/bin/java");
        Path name = ServerRuntime.archiveFor(dir, jar, java);
        assertTrue(name.getFileName().toString().matches("ixls-[0-9a-f]{16}\\.jsa"), name.toString());
        assertEquals(name, ServerRuntime.archiveFor(dir, jar, java));
        assertNotEquals(name, ServerRuntime.archiveFor(dir, jar, Path.of("/opt/jdk-21/bin/java")));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 5000));
        assertNotEquals(name, ServerRuntime.archiveFor(dir, jar, java));
    }

    @Test
    void theRunningVmsLauncherExists() {
        Path java = ServerRuntime.javaLauncher(System.getProperty("java.home"));
        assertTrue(Files.isRegularFile(java), java.toString());
    }
}
