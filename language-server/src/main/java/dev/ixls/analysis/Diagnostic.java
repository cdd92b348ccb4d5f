package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Set;

/** One finding of a rule in a checked document. Messages never contain a key. */
public record Diagnostic(RuleCode code, Severity severity, Range range, LocalizedText message,
        List<RelatedLocation> related, Set<DiagnosticTag> tags, List<Fix> fixes) {
}
