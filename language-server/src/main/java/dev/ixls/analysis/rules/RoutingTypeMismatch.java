package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.List;
import java.util.Optional;

/**
 * IX511: the config routes the other way than the VPN was created: BGP neighbors on the tunnels
 * of a static VPN, or a dynamic (BGP) VPN with no BGP at all.
 */
public final class RoutingTypeMismatch extends Rule {

    public RoutingTypeMismatch() {
        super("IX511", Severity.WARNING,
                LocalizedText.of("Routing type differs from the AWS sample", "ルーティング種別が AWS サンプルと異なります"),
                LocalizedText.of("A VPN is created with static or dynamic (BGP) routing; AWS speaks BGP only on a dynamic one, and a dynamic one sends traffic only to routes learned by BGP.",
                        "VPN は静的か動的（BGP）ルーティングで作成されます。AWS が BGP を話すのは動的 VPN だけで、動的 VPN は BGP で学んだ経路にしか送りません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        if (context.gaps().isFragment()) {
            return;
        }
        RouterBgp bgp = config.bgp();
        for (LinkedSample s : context.samples()) {
            List<AwsTunnel> tunnels = s.sample().tunnels();
            String id = s.sample().connectionId();
            AwsTunnel first = tunnels.get(0);
            if (s.sample().routing() == Routing.STATIC) {
                Optional<BgpNeighbor> onTunnel = bgp == null ? Optional.empty() : bgp.neighbors().stream()
                        .filter(n -> tunnels.stream().anyMatch(t -> Ipv4Prefix.parse(t.insideCidr())
                                .map(p -> p.contains(n.address())).orElse(false)))
                        .findFirst();
                onTunnel.ifPresent(n -> findings.report(n.firstStatement().range(), LocalizedText.of(
                        "The AWS VPN " + id + " uses static routing, but BGP neighbor " + n.address() + " is on one of its tunnels: "
                                + "AWS will not answer BGP. Route the VPC with `ip route <VPC CIDR> TunnelX.Y`, or recreate the VPN "
                                + "with dynamic routing.",
                        "AWS の VPN " + id + " は静的ルーティングですが、BGP ネイバー " + n.address() + " がそのトンネル上にあります。"
                                + "AWS は BGP に応答しません。`ip route <VPC の CIDR> TunnelX.Y` で経路を設定するか、動的ルーティングで VPN を作り直してください。"))
                        .related(AwsTunnels.sampleLine(s, first, SampleField.INSIDE_ADDRESSES,
                                LocalizedText.of("the static VPN's tunnels in the AWS sample", "AWS サンプルの静的 VPN のトンネル"))));
            } else if (bgp == null) {
                Optional<Interface> tunnel = tunnels.stream()
                        .flatMap(t -> config.tunnelsToPeer(t.awsOutsideAddress()).stream()).findFirst();
                if (tunnel.isEmpty()) {
                    continue; // no tunnel of this VPN here at all: IX501 says so
                }
                // a sample may show a placeholder (YOUR_BGP_ASN) for the customer ASN
                String asn = first.customerAsn() != null ? String.valueOf(first.customerAsn()) : "<AS>";
                findings.report(tunnel.get().opener().range(), LocalizedText.of(
                        "The AWS VPN " + id + " uses dynamic (BGP) routing, but this config has no `router bgp`: AWS sends "
                                + "traffic only along routes learned by BGP. Add `router bgp " + asn + "` with a neighbor "
                                + "per tunnel, or recreate the VPN with static routing.",
                        "AWS の VPN " + id + " は動的（BGP）ルーティングですが、この設定に `router bgp` がありません。AWS は BGP で学んだ"
                                + "経路にしか送りません。トンネルごとのネイバーを持つ `router bgp " + asn
                                + "` を追加するか、静的ルーティングで VPN を作り直してください。"))
                        .related(AwsTunnels.sampleLine(s, first, SampleField.CUSTOMER_ASN,
                                LocalizedText.of("the BGP section of the AWS sample", "AWS サンプルの BGP の設定")));
            }
        }
    }
}
