package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.RelatedLocation;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import java.util.ArrayList;
import java.util.List;

/** IX304: two interfaces whose subnets overlap. */
public final class OverlappingSubnets extends Rule {

    public OverlappingSubnets() {
        super("IX304", Severity.ERROR,
                LocalizedText.of("Overlapping interface subnets", "インタフェースのサブネットが重複"),
                LocalizedText.of("With two interfaces in one subnet the router cannot tell which one reaches an address; typically a tunnel's /30 was copied to the other tunnel.",
                        "同じサブネットに 2 つのインタフェースがあると、どちらからアドレスに届くか決まりません。多くはトンネルの /30 をもう一方にコピーしたままの状態です。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        List<Interface> seen = new ArrayList<>();
        for (Interface i : context.config().interfaces().values()) {
            // A /32 is a host address (a loopback, a router id), not a connected subnet.
            if (i.address() == null || i.address().length() == 32) {
                continue;
            }
            for (Interface earlier : seen) {
                if (earlier.address().overlaps(i.address())) {
                    findings.report(i.member("interface.ip-address").argWord("address").range(), LocalizedText.of(
                            "`" + i.address() + "` on `" + i.name() + "` overlaps `" + earlier.address() + "` on `" + earlier.name()
                                    + "`: each interface needs its own subnet. For AWS tunnels, each tunnel has its own inside /30.",
                            "`" + i.name() + "` の `" + i.address() + "` は `" + earlier.name() + "` の `" + earlier.address()
                                    + "` と重複しています。インタフェースごとに別のサブネットが必要です（AWS のトンネルはそれぞれ専用の内側 /30 を持ちます）。"))
                            .related(new RelatedLocation(null, earlier.member("interface.ip-address").argWord("address").range(),
                                    LocalizedText.of("`" + earlier.name() + "`'s address", "`" + earlier.name() + "` のアドレス")));
                    break;
                }
            }
            seen.add(i);
        }
    }
}
