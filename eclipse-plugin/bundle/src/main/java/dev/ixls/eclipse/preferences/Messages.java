package dev.ixls.eclipse.preferences;

import org.eclipse.osgi.util.NLS;

/** Texts of the preference page (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "dev.ixls.eclipse.preferences.messages";

    public static String PreferencePage_description;
    public static String PreferencePage_delay;
    public static String PreferencePage_awsSamples;
    public static String PreferencePage_vmArgs;
    public static String PreferencePage_vmArgsInvalid;
    public static String PreferencePage_localAsn;
    public static String PreferencePage_localAsnInvalid;
    public static String PreferencePage_natTraversal;
    public static String PreferencePage_restartNote;
    public static String FileListEditor_dialogTitle;
    public static String FileListEditor_awsSampleFiles;
    public static String FileListEditor_allFiles;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
