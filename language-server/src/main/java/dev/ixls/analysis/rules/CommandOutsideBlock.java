package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.CommandLabel;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.List;

/** IX003: a command that belongs in a block (an interface, router bgp, ...) that is not open where it stands. */
public final class CommandOutsideBlock extends Rule {

    public CommandOutsideBlock() {
        super(RuleCode.IX003, Severity.ERROR,
                LocalizedText.of("Command outside its block", "ブロック外のコマンド"),
                LocalizedText.of("The router applies the command to the block it is typed in; outside its block it is rejected or lands somewhere else.",
                        "ルータはコマンドを入力中のブロックに適用します。所属ブロックの外では拒否されるか、別の場所に設定されます。"));
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
            String whereEn = String.join(" or ", contexts.stream()
                    .map(c -> context.catalog().contextLabel(c).get(Language.EN)).toList());
            String whereJa = String.join(" または ", contexts.stream()
                    .map(c -> context.catalog().contextLabel(c).get(Language.JA)).toList());
            LocalizedText here = context.catalog().contextLabel(s.context());
            LocalizedText where = new LocalizedText(whereEn, whereJa);
            findings.report(s.range(), LocalizedText.of(
                    "`" + command + "` belongs in a " + whereEn + " block, but stands in " + here.en()
                            + " here. Move it under the block's opening line (e.g. `interface Tunnel0.0`).",
                    "`" + command + "` は " + whereJa + " ブロックのコマンドですが、ここは " + here.ja()
                            + " です。ブロックの開始行（例: `interface Tunnel0.0`）の下に移してください。"))
                    .restsOnCatalog(s, Messages.text("IX003.notInCatalog", "command", command, "where", where,
                            "here", here));
        }
    }
}
