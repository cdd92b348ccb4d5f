package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A finding as a rule reports it, before the engine applies settings and turns it into a {@link Diagnostic}. */
public final class Finding {

    final Range range;
    final LocalizedText message;
    Severity severity;
    final List<RelatedLocation> related = new ArrayList<>();
    final Set<DiagnosticTag> tags = EnumSet.noneOf(DiagnosticTag.class);
    final List<Fix> fixes = new ArrayList<>();

    Finding(Range range, LocalizedText message) {
        this.range = range;
        this.message = message;
    }

    /** Reports this finding with another severity than the rule's default (e.g. identical duplicates). */
    public Finding severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    public Finding related(RelatedLocation location) {
        related.add(location);
        return this;
    }

    public Finding tag(DiagnosticTag tag) {
        tags.add(tag);
        return this;
    }

    public Finding fix(Fix fix) {
        fixes.add(fix);
        return this;
    }
}
