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
        super(RuleCode.IX102, Severity.ERROR,
                LocalizedText.of("Name defined twice", "名前の二重定義"),
                LocalizedText.of("A second definition replaces the first on the router, so one of the two is not what runs.",
                        "2 つ目の定義はルータ上で 1 つ目を置き換えるため、どちらかは実際には使われません。"));
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
                            ? findings.report(later.nameRange(), LocalizedText.of(
                                    label.en() + " `" + later.name() + "` repeats line " + firstLine + " word for word; remove one.",
                                    label.ja() + " `" + later.name() + "` は " + firstLine + " 行目と全く同じです。片方を削除してください。"))
                                    .severity(Severity.WARNING)
                            : findings.report(later.nameRange(), LocalizedText.of(
                                    label.en() + " `" + later.name() + "` is already defined on line " + firstLine
                                            + " with different values; the router keeps only one. Rename one or merge them.",
                                    label.ja() + " `" + later.name() + "` は " + firstLine
                                            + " 行目で異なる値で定義済みです。ルータには片方しか残りません。名前を変えるか統合してください。"));
                    finding.restsOnCatalog(later.statement(), Messages.text("IX102.notInCatalog", "kind", label,
                            "name", later.name(), "line", firstLine,
                            "command", dev.ixls.analysis.CommandLabel.of(later.statement().match().command())));
                    finding.related(new RelatedLocation(null, first.nameRange(),
                            LocalizedText.of("first definition", "最初の定義")));
                }
            }
        }
    }

    private static String canonical(SymbolDefinition d) {
        return String.join(" ", d.statement().line().words().stream().map(Word::text).toList());
    }
}
