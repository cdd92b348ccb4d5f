package dev.ixls.eclipse.preferences;

import java.util.List;

import org.eclipse.jface.preference.ListEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;

/** A list of files (the AWS samples), added with a file dialog and stored one path a line. */
final class FileListEditor extends ListEditor {

    FileListEditor(String name, String labelText, Composite parent) {
        super(name, labelText, parent);
    }

    @Override
    protected String createList(String[] items) {
        return PreferenceConstants.joinPaths(List.of(items));
    }

    @Override
    protected String[] parseString(String stringList) {
        return PreferenceConstants.splitPaths(stringList).toArray(String[]::new);
    }

    @Override
    protected String getNewInputObject() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.SHEET);
        dialog.setText(Messages.FileListEditor_dialogTitle);
        dialog.setFilterExtensions(new String[] { "*.txt;*.xml", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
        dialog.setFilterNames(new String[] { Messages.FileListEditor_awsSampleFiles, Messages.FileListEditor_allFiles });
        String path = dialog.open();
        return path == null || path.isBlank() ? null : path.strip();
    }
}
