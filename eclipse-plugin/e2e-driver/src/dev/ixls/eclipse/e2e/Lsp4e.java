package dev.ixls.eclipse.e2e;

import org.eclipse.core.resources.IProject;
import org.eclipse.lsp4e.LanguageServiceAccessor;

/** The driver's only use of LSP4E's API, apart so that the driver also runs where LSP4E is not installed. */
final class Lsp4e {

    private Lsp4e() {
    }

    /** Whether LSP4E runs a language server for the project. */
    static boolean serverRunningFor(IProject project) {
        return !LanguageServiceAccessor.getStartedWrappers(project, null, true).isEmpty();
    }
}
