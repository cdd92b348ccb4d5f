package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ClosestName;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.SymbolReference;
import dev.ixls.model.SymbolTable;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * IX101: a name used but never defined: a proposal, map, access list, profile, route map, prefix
 * list, or a virtual interface (physical ports exist without an {@code interface} block).
 */
public final class UndefinedReference extends Rule {

    /** Skeletons for a missing definition, where a safe default exists. {0} is the name. */
    private static final Map<String, String> TEMPLATES = Map.of(
            "ike-proposal", "ike proposal {0} encryption aes-256 hash sha2-256 group 2048-bit",
            "ipsec-proposal", "ipsec autokey-proposal {0} esp-aes-256 esp-sha2-256 lifetime time 3600",
            "access-list", "ip access-list {0} permit ip src any dest any",
            "route-map", "route-map {0} permit 10");

    public UndefinedReference() {
        super(RuleCode.IX101, Severity.ERROR);
    }

    @Override
    public boolean restsOnCatalog() {
        return true;
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        SymbolTable symbols = context.config().symbols();
        for (SymbolReference ref : symbols.references()) {
            if (symbols.isDefined(ref)) {
                continue;
            }
            String kind = ref.kinds().get(0);
            if (kind.equals("interface") && !isVirtualInterface(ref.name())) {
                continue;
            }
            if (ref.kinds().stream().anyMatch(k -> context.catalog().kind(k).builtIn().contains(ref.name()))) {
                continue;
            }
            LocalizedText label = context.catalog().kind(kind).label();
            var finding = findings.report(ref.range(), Messages.text("IX101.undefined", "label", label,
                    "name", ref.name()))
                    .restsOnCatalog(ref.statement(), Messages.text("IX101.notInCatalog", "kind", label,
                            "name", ref.name()));
            if (context.gaps().mayMention(ref.name(), ref.statement()) || context.gaps().isFragment()) {
                // A line ixls could not read names it, or the file is a console session typed on top
                // of a config it does not show: the definition may well exist.
                finding.unproven();
            }
            List<String> names = new ArrayList<>();
            for (String k : ref.kinds()) {
                names.addAll(symbols.names(k));
            }
            ClosestName.among(ref.name(), names).ifPresent(best -> finding.fix(Fix.of(
                    Messages.text("fix.changeTo", "value", best), new TextEdit(ref.range(), best))));
            String template = TEMPLATES.get(kind);
            if (template != null) {
                Statement top = ref.statement();
                while (top.parent() != null) {
                    top = top.parent();
                }
                int line = top.line().index();
                String definition = template.replace("{0}", ref.name());
                finding.fix(Fix.of(Messages.text("IX101.create", "definition", definition),
                        new TextEdit(Range.onLine(line, 0, 0), definition + "\n")));
            }
        }
    }

    /** Tunnels, loopbacks and bridges must be configured to exist; ports and Null0.0 always exist. */
    static boolean isVirtualInterface(String name) {
        return name.startsWith("Tunnel") || name.startsWith("Loopback") || name.startsWith("BVI");
    }
}
