package dev.ixls.eclipse;

import org.eclipse.ui.IStartup;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dev.ixls.eclipse.server.EclipseEnvironment;
import dev.ixls.eclipse.server.ServerRuntime;

/**
 * At workbench start, checks that LSP4E and a Java launcher are there ({@link Prerequisites}); what
 * is missing goes to the Error Log and is shown to the user, instead of the plugin doing nothing.
 */
public final class StartupCheck implements IStartup {

    static final String LSP4E = "org.eclipse.lsp4e";
    static final String LSP4E_SERVER_PACKAGE = "org.eclipse.lsp4e.server";

    @Override
    public void earlyStartup() {
        Bundle self = FrameworkUtil.getBundle(StartupCheck.class);
        if (self == null) {
            return;
        }
        Bundle lsp4e = null;
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (LSP4E.equals(b.getSymbolicName())) {
                lsp4e = b;
            }
        }
        Prerequisites found = new Prerequisites(lsp4e == null ? null : lsp4e.getVersion().toString(),
                importsLsp4e(self), ServerRuntime.javaLauncher(System.getProperty("java.home")));
        for (String problem : found.problems()) {
            EclipseEnvironment.reportProblem(problem);
        }
    }

    private static boolean importsLsp4e(Bundle self) {
        BundleWiring wiring = self.adapt(BundleWiring.class);
        if (wiring == null) {
            return false;
        }
        for (BundleWire wire : wiring.getRequiredWires(PackageNamespace.PACKAGE_NAMESPACE)) {
            if (LSP4E_SERVER_PACKAGE.equals(wire.getCapability().getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))) {
                return true;
            }
        }
        return false;
    }
}
