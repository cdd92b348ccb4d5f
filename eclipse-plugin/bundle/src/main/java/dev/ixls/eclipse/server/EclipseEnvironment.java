package dev.ixls.eclipse.server;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.statushandlers.StatusManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.ixls.eclipse.Ixls;
import dev.ixls.eclipse.Messages;
import dev.ixls.eclipse.preferences.PreferenceConstants;

/**
 * The running Eclipse as the server sees it: the preferences, the Java runtime Eclipse runs on,
 * the server jar inside this bundle (extracted by the framework when the bundle is a jar), and the
 * Error Log. Only used inside Eclipse.
 */
public final class EclipseEnvironment implements RuntimeLocator {

    public static final EclipseEnvironment INSTANCE = new EclipseEnvironment();

    private static final String LOG_FILE = "server.log";
    private static final Set<String> SHOWN = ConcurrentHashMap.newKeySet();

    private EclipseEnvironment() {
    }

    /** The current preferences and IDE language (a preference change applies from the next server start). */
    public static ServerSettings readSettings() {
        IPreferencesService service = Platform.getPreferencesService();
        String id = Ixls.PLUGIN_ID;
        int delay = ServerSettings.clampDelay(service.getInt(id, PreferenceConstants.DIAGNOSTICS_DELAY_MS,
                ServerSettings.DEFAULT_DELAY_MS, null));
        List<String> samples = PreferenceConstants.splitPaths(
                service.getString(id, PreferenceConstants.AWS_SAMPLES, "", null));
        String vmArgsText = service.getString(id, PreferenceConstants.SERVER_VM_ARGS, "", null);
        List<String> vmArgs;
        try {
            vmArgs = VmArgs.parse(vmArgsText);
        } catch (IllegalArgumentException e) {
            log(IStatus.WARNING, "Ignoring the extra server VM arguments (" + e.getMessage() + "): " + vmArgsText);
            vmArgs = List.of();
        }
        long localAsn = ServerSettings.parseAsn(service.getString(id, PreferenceConstants.GENERATE_LOCAL_ASN, "", null));
        boolean natTraversal = service.getBoolean(id, PreferenceConstants.GENERATE_NAT_TRAVERSAL, false, null);
        return new ServerSettings(ServerSettings.serverLocale(Locale.getDefault()), delay, samples, vmArgs, localAsn,
                natTraversal);
    }

    @Override
    public ServerRuntime locate() throws IOException {
        Bundle bundle = bundle();
        if (bundle == null) {
            throw new IOException("The ixls plugin is not running inside Eclipse");
        }
        URL entry = bundle.getEntry(Ixls.SERVER_JAR_ENTRY);
        if (entry == null) {
            throw new IOException(NLS.bind(Messages.Server_jarMissing, Ixls.SERVER_JAR_ENTRY));
        }
        Path jar = new File(FileLocator.toFileURL(entry).getPath()).toPath();
        Path java = ServerRuntime.javaLauncher(System.getProperty("java.home"));
        Path log = logFile(bundle);
        return new ServerRuntime(java, jar, log, ServerRuntime.archiveFor(log.resolveSibling("ixls-cds"), jar, java));
    }

    @Override
    public void serverExitedUnexpectedly(int exitCode, String stderrTail) {
        String message = "The ixls language server stopped with exit code " + exitCode
                + (stderrTail.isEmpty() ? "" : ". Last lines of its log:\n" + stderrTail);
        log(IStatus.WARNING, message);
    }

    @Override
    public void serverFailedToStart(String reason) {
        reportProblem(NLS.bind(Messages.Server_startFailed, reason));
    }

    /**
     * A problem that keeps the plugin from working: an error in the Error Log every time, and shown
     * to the user (the workbench's problem notification) the first time in a session.
     */
    public static void reportProblem(String message) {
        int style = SHOWN.add(message) ? StatusManager.LOG | StatusManager.SHOW : StatusManager.LOG;
        StatusManager.getManager().handle(new Status(IStatus.ERROR, Ixls.PLUGIN_ID, message), style);
    }

    private static Path logFile(Bundle bundle) {
        try {
            return Platform.getStateLocation(bundle).append(LOG_FILE).toFile().toPath();
        } catch (IllegalStateException e) {
            // No workspace (instance location): keep the log in the temporary folder.
            return Path.of(System.getProperty("java.io.tmpdir"), Ixls.PLUGIN_ID + "-" + LOG_FILE);
        }
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(EclipseEnvironment.class);
    }

    private static void log(int severity, String message) {
        Bundle bundle = bundle();
        if (bundle != null) {
            Platform.getLog(bundle).log(new Status(severity, Ixls.PLUGIN_ID, message));
        }
    }
}
