package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.List;

/** IX003: a command that belongs in a block (an interface, router bgp, ...) that is not open where it stands. */
public final class CommandOutsideBlock extends Rule {

    public CommandOutsideBlock() {
        super(RuleCode.IX003, Severity.ERROR);
    }

    @Override
    public boolean restsOnCatalog() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Statement s : context.statements().irregular()) { // the others have nothing for this rule
            if (s.placement() != Placement.OUT_OF_BLOCK) {
                continue;
            }
            String command = CommandLabel.of(s.match().command());
            List<String> contexts = s.match().command().contexts();
            LocalizedText here = context.catalog().contextLabel(s.context());
            LocalizedText where = Messages.or(contexts.stream().map(c -> context.catalog().contextLabel(c)).toList());
            findings.report(s.range(), Messages.text("IX003.outsideBlock", "command", command, "where", where,
                    "here", here))
                    .restsOnCatalog(s, Messages.text("IX003.notInCatalog", "command", command, "where", where,
                            "here", here));
        }
    }
}
