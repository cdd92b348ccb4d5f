package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.DiagnosticTag;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.catalog.StructureKind;
import dev.ixls.i18n.Messages;
import dev.ixls.model.SymbolDefinition;
import dev.ixls.model.SymbolTable;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IX103: a definition nothing refers to. Only a hint, and silent for a name that appears on a
 * line ixls could not read, since that line may be the use.
 */
public final class UnusedDefinition extends Rule {

    public UnusedDefinition() {
        super(RuleCode.IX103, Severity.HINT);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        SymbolTable symbols = context.config().symbols();
        Set<String> unreadWords = null; // gathered only if something looks unused
        for (Map.Entry<String, Map<String, List<SymbolDefinition>>> kind : symbols.allDefinitions().entrySet()) {
            StructureKind k = context.catalog().kind(kind.getKey());
            if (k == null || !k.reportUnused()) {
                continue;
            }
            for (Map.Entry<String, List<SymbolDefinition>> def : kind.getValue().entrySet()) {
                String name = def.getKey();
                if (!symbols.referencesTo(kind.getKey(), name).isEmpty()) {
                    continue;
                }
                if (unreadWords == null) {
                    unreadWords = context.gaps().unreadWords();
                }
                if (unreadWords.contains(name)) {
                    continue;
                }
                SymbolDefinition first = def.getValue().get(0);
                var finding = findings.report(first.nameRange(), Messages.text("IX103.unused", "label", k.label(),
                        "name", name))
                        .tag(DiagnosticTag.UNNECESSARY);
                if (def.getValue().stream().allMatch(d -> d.statement().children().isEmpty())) {
                    List<TextEdit> deletions = def.getValue().stream()
                            .map(d -> new TextEdit(Range.of(d.statement().line().index(), 0,
                                    d.statement().line().index() + 1, 0), ""))
                            .toList();
                    finding.fix(new Fix(Messages.text("IX103.remove", "name", name),
                            deletions));
                }
            }
        }
    }
}
