package dev.ixls.eclipse.preferences;

import java.util.ArrayList;
import java.util.List;

/** Keys and defaults of the plugin's preferences (instance scope, node {@code dev.ixls.eclipse}). */
public final class PreferenceConstants {

    /** Milliseconds the server waits after an edit before it checks the file (int, 0..10000). */
    public static final String DIAGNOSTICS_DELAY_MS = "diagnostics.delayMs";

    /** AWS sample files to link to configs, one path a line. */
    public static final String AWS_SAMPLES = "awsSamples";

    /**
     * This router's AS number for "Generate IX config" when a BGP sample shows a placeholder
     * ({@code YOUR_BGP_ASN}) in its place: digits, 1 to 4294967295, or empty for none.
     */
    public static final String GENERATE_LOCAL_ASN = "generate.localAsn";

    /** Whether "Generate IX config" writes NAT traversal (boolean). */
    public static final String GENERATE_NAT_TRAVERSAL = "generate.natTraversal";

    /** Extra arguments for the server's Java VM, e.g. {@code -Xmx512m}. */
    public static final String SERVER_VM_ARGS = "server.vmargs";

    private PreferenceConstants() {
    }

    /** The stored form of the sample list: one path a line, blank lines dropped. */
    public static List<String> splitPaths(String stored) {
        List<String> paths = new ArrayList<>();
        if (stored == null) {
            return paths;
        }
        for (String line : stored.split("\\R")) {
            String path = line.strip();
            if (!path.isEmpty()) {
                paths.add(path);
            }
        }
        return paths;
    }

    public static String joinPaths(Iterable<String> paths) {
        StringBuilder stored = new StringBuilder();
        for (String path : paths) {
            String p = path == null ? "" : path.strip();
            if (p.isEmpty()) {
                continue;
            }
            if (stored.length() > 0) {
                stored.append('\n');
            }
            stored.append(p);
        }
        return stored.toString();
    }
}
