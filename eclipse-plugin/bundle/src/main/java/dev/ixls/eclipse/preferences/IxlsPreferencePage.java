package dev.ixls.eclipse.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.ixls.eclipse.Ixls;
import dev.ixls.eclipse.server.ServerSettings;
import dev.ixls.eclipse.server.VmArgs;

/**
 * Window &gt; Preferences &gt; NEC IX (ixls): diagnostics delay, AWS sample files, what Generate IX
 * config takes when the sample cannot say (this router's ASN, NAT traversal), server VM arguments.
 */
public final class IxlsPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public IxlsPreferencePage() {
        super(GRID);
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, Ixls.PLUGIN_ID));
        setDescription(Messages.PreferencePage_description + "\n\n" + Messages.PreferencePage_restartNote); //$NON-NLS-1$
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor delay = new IntegerFieldEditor(PreferenceConstants.DIAGNOSTICS_DELAY_MS,
                Messages.PreferencePage_delay, getFieldEditorParent(), 5);
        delay.setValidRange(0, ServerSettings.MAX_DELAY_MS);
        addField(delay);

        addField(new FileListEditor(PreferenceConstants.AWS_SAMPLES, Messages.PreferencePage_awsSamples,
                getFieldEditorParent()));

        StringFieldEditor localAsn = new StringFieldEditor(PreferenceConstants.GENERATE_LOCAL_ASN,
                Messages.PreferencePage_localAsn, 12, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return getStringValue().isBlank() || ServerSettings.parseAsn(getStringValue()) > 0;
            }
        };
        localAsn.setErrorMessage(Messages.PreferencePage_localAsnInvalid);
        addField(localAsn);
        addField(new BooleanFieldEditor(PreferenceConstants.GENERATE_NAT_TRAVERSAL, Messages.PreferencePage_natTraversal,
                getFieldEditorParent()));

        StringFieldEditor vmArgs = new StringFieldEditor(PreferenceConstants.SERVER_VM_ARGS,
                Messages.PreferencePage_vmArgs, getFieldEditorParent()) {
            @Override
            protected boolean doCheckState() {
                return VmArgs.isValid(getStringValue());
            }
        };
        vmArgs.setErrorMessage(Messages.PreferencePage_vmArgsInvalid);
        addField(vmArgs);
    }
}
