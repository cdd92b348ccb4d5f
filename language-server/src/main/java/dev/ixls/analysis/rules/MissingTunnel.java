package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import java.util.List;
import java.util.Set;

/** IX501: a tunnel of the linked AWS sample that no IKE peer of the config points at. */
public final class MissingTunnel extends Rule {

    public MissingTunnel() {
        super("IX501", Severity.ERROR,
                LocalizedText.of("AWS tunnel missing from the config", "AWS のトンネルが設定にありません"),
                LocalizedText.of("AWS builds every VPN connection as two tunnels to two AWS addresses and may move traffic to either; a config with one tunnel loses the VPN whenever AWS does maintenance on it.",
                        "AWS の VPN 接続は 2 つの AWS アドレスへの 2 本のトンネルで、AWS はどちらにも通信を移します。1 本だけの設定では、AWS のメンテナンスのたびに VPN が切れます。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        if (context.gaps().isFragment()) {
            return;
        }
        List<TunnelComparison> comparisons = TunnelComparison.all(context);
        if (comparisons.isEmpty()) {
            return; // no sample tunnel: nothing can be missing, and the config's peers need not be listed
        }
        Set<String> peers = SampleLinks.peersOf(context);
        for (TunnelComparison c : comparisons) {
            AwsTunnel t = c.tunnel();
            if (peers.contains(t.awsOutsideAddress())) {
                continue;
            }
            LocalizedText which = AwsTunnels.describe(t);
            String id = c.sampleTunnel().sample().sample().connectionId();
            findings.report(anchor(config, c), LocalizedText.of(
                    "The AWS VPN " + id + " has " + which.en() + ", but no IKE peer in this config uses " + t.awsOutsideAddress()
                            + ": only part of the VPN is configured. Add this tunnel's IKE peer (key), IPsec map or IKEv2 peer, "
                            + (t.customerInsideAddress() == null ? "and a tunnel interface."
                                    : "and a tunnel interface with inside address " + t.customerInsideAddress() + "/30."),
                    "AWS の VPN " + id + " には" + which.ja() + "がありますが、この設定には " + t.awsOutsideAddress()
                            + " を使う IKE ピアがなく、VPN の一部しか設定されていません。このトンネルの IKE ピア（鍵）、IPsec マップまたは IKEv2 ピア、"
                            + (t.customerInsideAddress() == null ? "トンネルインタフェースを追加してください。"
                                    : "内側アドレス " + t.customerInsideAddress() + "/30 のトンネルインタフェースを追加してください。")))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.AWS_OUTSIDE_ADDRESS,
                            LocalizedText.of(which.en() + " in the AWS sample", "AWS サンプルの" + which.ja())));
        }
    }

    /** Where the missing tunnel would go: beside the other tunnel of the same VPN, else the top of the file. */
    private static Range anchor(IxConfig config, TunnelComparison missing) {
        for (AwsTunnel sibling : missing.sampleTunnel().sample().sample().tunnels()) {
            String peer = sibling.awsOutsideAddress();
            Statement s = config.ikePolicyForPeer(peer).map(p -> p.statement())
                    .or(() -> config.ikev2KeyFor(peer).map(k -> k.statement()))
                    .or(() -> config.ipsecMapForPeer(peer).map(m -> m.statement()))
                    .orElse(null);
            if (s != null) {
                return s.range();
            }
        }
        return Range.onLine(0, 0, 0);
    }
}
