package dev.ixls.eclipse;

/** Identifiers shared by the bundle's classes and its plugin.xml. */
public final class Ixls {

    /** The bundle's symbolic name, also the preference node of its settings. */
    public static final String PLUGIN_ID = "dev.ixls.eclipse";

    /** Where the language server jar sits inside the bundle. */
    public static final String SERVER_JAR_ENTRY = "server/ixls.jar";

    private Ixls() {
    }
}
