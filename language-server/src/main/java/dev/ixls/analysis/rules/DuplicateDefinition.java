package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.SymbolDefinition;
import dev.ixls.syntax.Word;
import java.util.List;
import java.util.Map;

/**
 * IX102: the same name defined twice. With different content the later line silently replaces
 * the earlier one on the router (an error); an identical repeat is only noise (a warning).
 */
public final class DuplicateDefinition extends Rule {

    public DuplicateDefinition() {
        super(RuleCode.IX102, Severity.ERROR);
    }

    @Override
    public boolean restsOnCatalog() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Map<String, List<SymbolDefinition>> byName : context.config().symbols().allDefinitions().values()) {
            for (List<SymbolDefinition> defs : byName.values()) {
                if (defs.size() < 2 || defs.get(0).multiLine()) {
                    continue;
                }
                SymbolDefinition first = defs.get(0);
                String firstText = canonical(first);
                for (SymbolDefinition later : defs.subList(1, defs.size())) {
                    boolean identical = canonical(later).equals(firstText);
                    LocalizedText label = context.catalog().kind(later.kind()).label();
                    int firstLine = first.statement().line().index() + 1;
                    var finding = identical
                            ? findings.report(later.nameRange(), Messages.text("IX102.identical", "label", label,
                                    "name", later.name(), "firstLine", firstLine))
                                    .severity(Severity.WARNING)
                            : findings.report(later.nameRange(), Messages.text("IX102.different", "label", label,
                                    "name", later.name(), "firstLine", firstLine));
                    finding.restsOnCatalog(later.statement(), Messages.text("IX102.notInCatalog", "kind", label,
                            "name", later.name(), "line", firstLine,
                            "command", dev.ixls.analysis.CommandLabel.of(later.statement().match().command())));
                    finding.related(new RelatedLocation(null, first.nameRange(),
                            Messages.text("IX102.firstDefinition")));
                }
            }
        }
    }

    private static String canonical(SymbolDefinition d) {
        return String.join(" ", d.statement().line().words().stream().map(Word::text).toList());
    }
}
