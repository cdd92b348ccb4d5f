package dev.ixls.eclipse.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

import dev.ixls.eclipse.Ixls;
import dev.ixls.eclipse.server.ServerSettings;

/** Default values of the plugin's preferences (named in plugin.xml). */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences defaults = DefaultScope.INSTANCE.getNode(Ixls.PLUGIN_ID);
        defaults.putInt(PreferenceConstants.DIAGNOSTICS_DELAY_MS, ServerSettings.DEFAULT_DELAY_MS);
        defaults.put(PreferenceConstants.AWS_SAMPLES, "");
        defaults.put(PreferenceConstants.SERVER_VM_ARGS, "");
        defaults.put(PreferenceConstants.GENERATE_LOCAL_ASN, "");
        defaults.putBoolean(PreferenceConstants.GENERATE_NAT_TRAVERSAL, false);
    }
}
