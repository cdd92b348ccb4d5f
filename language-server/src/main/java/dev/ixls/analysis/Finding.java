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
    /** The line whose command the finding rests on, when it is not the line of {@link #range}. */
    dev.ixls.parse.Statement restsOn;
    /** The wording when the finding is not proof (see {@link Proof}): it says what the catalog lacks. */
    LocalizedText notInCatalog;
    /** Set when something ixls cannot see may contradict the finding (a line it could not read). */
    boolean unproven;

    Finding(Range range, LocalizedText message) {
        this.range = range;
        this.message = message;
    }

    /** Reports this finding with another severity than the rule's default (e.g. identical duplicates). */
    public Finding severity(Severity severity) {
        this.severity = severity;
        return this;
    }

    /**
     * Says that the finding rests on the catalog's knowledge of {@code line}'s command, and how to
     * word it when that is not proof ({@link Proof}): then it is at most a warning, and the wording
     * says that ixls's catalog does not have this, never that the config is wrong.
     */
    public Finding restsOnCatalog(dev.ixls.parse.Statement line, LocalizedText notInCatalogWording) {
        this.restsOn = line;
        this.notInCatalog = notInCatalogWording;
        return this;
    }

    /** Says that something ixls could not read may contradict the finding: it is then no proof either. */
    public Finding unproven() {
        this.unproven = true;
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
