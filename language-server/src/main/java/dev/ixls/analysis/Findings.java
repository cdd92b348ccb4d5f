package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;

/** Where a rule reports what it found. */
public final class Findings {

    private final List<Finding> found = new ArrayList<>();

    public Finding report(Range range, LocalizedText message) {
        Finding f = new Finding(range, message);
        found.add(f);
        return f;
    }

    List<Finding> all() {
        return found;
    }
}
