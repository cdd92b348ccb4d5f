package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;

/** A cause's finding while it is assembled: the state, what to say, and the lines behind it. */
final class Verdict {

    final TunnelState state;
    final Cause cause;
    LocalizedText message;
    LocalizedText fix;
    final List<Evidence> evidence = new ArrayList<>();
    final List<LocalizedText> notes = new ArrayList<>();
    Range anchor;

    Verdict(TunnelState state, Cause cause) {
        this.state = state;
        this.cause = cause;
    }

    /** Adds a line; a line already cited keeps its place and gains the new note. */
    Verdict add(Evidence e) {
        if (e == null) {
            return this;
        }
        for (int i = 0; i < evidence.size(); i++) {
            Evidence old = evidence.get(i);
            if (old.source() == e.source() && old.location().equals(e.location()) && old.range().equals(e.range())) {
                if (old.note() != null && e.note() != null && !old.note().equals(e.note())) {
                    evidence.set(i, new Evidence(old.source(), old.location(), old.range(), old.text(),
                            Names.clauses(java.util.List.of(old.note(), e.note()))));
                }
                return this;
            }
        }
        evidence.add(e);
        if (anchor == null && e.source() == Evidence.Source.TRANSCRIPT) {
            anchor = e.range();
        }
        return this;
    }
}
