package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.i18n.Messages;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;

/** IX004: a known command that ends before a required argument. */
public final class MissingArgument extends Rule {

    public MissingArgument() {
        super(RuleCode.IX004, Severity.ERROR);
    }

    @Override
    public boolean restsOnCatalog() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Statement s : context.statements().irregular()) { // the others have nothing for this rule
            if (s.placement() == Placement.UNKNOWN || s.placement() == Placement.EXIT || s.match() == null
                    || s.match().status() != MatchStatus.MISSING) {
                continue;
            }
            String command = CommandLabel.of(s.match().command());
            String expected = String.join(" | ", s.match().expected());
            findings.report(s.range(), Messages.text("IX004.incomplete", "command", command, "expected", expected,
                    "usage", s.match().command().usage()))
                    .restsOnCatalog(s, Messages.text("IX004.notInCatalog", "command", command,
                            "expected", Messages.or(s.match().expected())));
        }
    }
}
