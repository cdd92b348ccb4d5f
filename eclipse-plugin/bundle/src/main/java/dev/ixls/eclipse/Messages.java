package dev.ixls.eclipse;

import org.eclipse.osgi.util.NLS;

/** Texts of the plugin's notices (messages.properties, messages_ja.properties): missing prerequisites, a server that does not start. */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.ixls.eclipse.messages";

    public static String Problem_title;
    public static String Startup_lsp4eMissing;
    public static String Startup_lsp4eIncompatible;
    public static String Startup_javaMissing;
    public static String Server_javaMissing;
    public static String Server_jarMissing;
    public static String Server_exitedAtOnce;
    public static String Server_startFailed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
