package dev.ixls.eclipse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

/**
 * What the plugin needs from the Eclipse it runs in, and what to tell the user when it is not
 * there: LSP4E, whose {@code org.eclipse.lsp4e.server} package the plugin imports (optionally, so
 * that the content types, colours and preferences still work without it), and a Java launcher for
 * the server beside the Java Eclipse runs on.
 *
 * @param lsp4eVersion     the installed org.eclipse.lsp4e bundle's version, or {@code null} when none is
 * @param lsp4eWired       whether the plugin's import of {@code org.eclipse.lsp4e.server} is wired
 * @param javaLauncher     the launcher the server would start with
 */
public record Prerequisites(String lsp4eVersion, boolean lsp4eWired, Path javaLauncher) {

    /** The problems, as messages for the Error Log and the user; empty when the plugin can work. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!lsp4eWired) {
            problems.add(lsp4eVersion == null ? Messages.Startup_lsp4eMissing
                    : NLS.bind(Messages.Startup_lsp4eIncompatible, lsp4eVersion));
        }
        if (javaLauncher == null || !Files.isExecutable(javaLauncher)) {
            problems.add(NLS.bind(Messages.Startup_javaMissing, javaLauncher));
        }
        return problems;
    }
}
