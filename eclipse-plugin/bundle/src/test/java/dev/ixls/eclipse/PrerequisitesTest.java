package dev.ixls.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ixls.eclipse.server.ServerRuntime;

/** What the user is told when LSP4E or the Java launcher is missing (StartupCheck gathers the facts inside Eclipse). */
class PrerequisitesTest {

    private static final Path JAVA = ServerRuntime.javaLauncher(System.getProperty("java.home"));

    @TempDir
    Path dir;

    @Test
    void nothingToSayWhenLsp4eIsWiredAndJavaIsThere() {
        assertEquals(List.of(), new Prerequisites("0.19.15", true, JAVA).problems());
    }

    @Test
    void missingLsp4eSaysWhatToInstallAndWhatStillWorks() {
        List<String> problems = new Prerequisites(null, false, JAVA).problems();
        assertEquals(1, problems.size(), problems.toString());
        String text = problems.get(0);
        assertTrue(text.contains("LSP4E") && text.contains("Install New Software") && text.contains("0.26"), text);
    }

    @Test
    void anLsp4eThePluginCannotUseIsNamedWithItsVersion() {
        String text = new Prerequisites("0.9.0", false, JAVA).problems().get(0);
        assertTrue(text.contains("org.eclipse.lsp4e 0.9.0") && text.contains("org.eclipse.lsp4e.server"), text);
        assertTrue(text.contains("release's"), "a quote stays a quote: " + text);
    }

    @Test
    void aMissingJavaLauncherIsNamedWithItsPath() {
        Path missing = dir.resolve("jre/bin/java");
        List<String> problems = new Prerequisites("0.19.15", true, missing).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains(missing.toString()) && problems.get(0).contains("-vm"), problems.get(0));
        assertEquals(2, new Prerequisites(null, false, missing).problems().size());
    }
}
