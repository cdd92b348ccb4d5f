package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.HashMap;
import java.util.Map;

/** IX402: a BGP neighbor typed with this router's own interface address. */
public final class BgpNeighborIsOwnAddress extends Rule {

    public BgpNeighborIsOwnAddress() {
        super(RuleCode.IX402, Severity.ERROR,
                LocalizedText.of("BGP neighbor is this router's own address", "BGP ネイバーがこのルータ自身のアドレス"),
                LocalizedText.of("A router cannot peer with itself. On an AWS tunnel the neighbor is AWS's inside address, not the tunnel interface's.",
                        "ルータは自分自身とピアを張れません。AWS のトンネルでは、ネイバーはトンネルインタフェースではなく AWS 側の内側アドレスです。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null) {
            return;
        }
        Map<Ipv4Address, Interface> own = new HashMap<>();
        context.config().interfaces().values().stream().filter(i -> i.address() != null)
                .forEach(i -> own.putIfAbsent(i.address().address(), i));
        for (BgpNeighbor n : bgp.neighbors()) {
            Interface i = own.get(n.address());
            if (i != null) {
                Ipv4Prefix a = i.address();
                var finding = findings.report(n.firstStatement().argWord("address").range(), LocalizedText.of(
                        "BGP neighbor " + n.address() + " is this router's own address (on `" + i.name() + "`). "
                                + (a.length() == 30 ? "The neighbor is the other end of the /30: " + other(a) + "." : "Use the peer's address."),
                        "BGP ネイバー " + n.address() + " はこのルータ自身のアドレス（`" + i.name() + "`）です。"
                                + (a.length() == 30 ? "ネイバーは /30 のもう一方 " + other(a) + " です。" : "相手のアドレスにしてください。")));
                if (a.length() == 30) {
                    String other = other(a).toString();
                    finding.fix(new Fix(LocalizedText.of("Change the neighbor to " + other, "ネイバーを " + other + " に変更"),
                            n.statements().stream().map(s -> Edits.replace(s.argWord("address"), other)).toList()));
                }
                AwsTunnels.byInsideAddress(context, n.address()).ifPresent(st -> finding.related(AwsTunnels.sampleLine(st,
                        SampleField.INSIDE_ADDRESSES, LocalizedText.of("AWS's inside address in the AWS sample",
                                "AWS サンプルの AWS 側内側アドレス"))));
            }
        }
    }

    /** The other usable address of a /30. */
    private static Ipv4Address other(Ipv4Prefix a) {
        Ipv4Prefix net = a.subnet();
        return a.address().equals(net.firstUsable()) ? net.lastUsable() : net.firstUsable();
    }
}
