package dev.ixls.analysis;

/** Extra marks an editor can render (faded for unnecessary, struck through for deprecated). */
public enum DiagnosticTag {
    UNNECESSARY,
    DEPRECATED
}
