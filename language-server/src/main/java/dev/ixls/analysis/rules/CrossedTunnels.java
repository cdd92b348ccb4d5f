package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import java.util.Optional;

/**
 * IX510: crossed tunnels: the interface bound to one AWS peer carries the inside address of
 * another tunnel. The router accepts it; the tunnels come up and BGP never does.
 */
public final class CrossedTunnels extends Rule {

    public CrossedTunnels() {
        super("IX510", Severity.ERROR,
                LocalizedText.of("Crossed tunnels", "トンネルの取り違え"),
                LocalizedText.of("Tunnel 1's peer with tunnel 2's inside address (or the reverse) is the classic slip when translating the sample by hand: IPsec comes up, BGP and traffic do not.",
                        "トンネル 1 のピアにトンネル 2 の内側アドレス（またはその逆）は、サンプルを手で移すときの典型的な誤りです。IPsec は確立しますが、BGP も通信も通りません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (TunnelComparison c : TunnelComparison.all(context)) {
            Optional<SampleTunnel> other = crossedWith(context, c);
            if (other.isEmpty()) {
                continue;
            }
            Interface i = c.tunnelInterface();
            AwsTunnel t = c.tunnel();
            AwsTunnel o = other.get().tunnel();
            LocalizedText mine = AwsTunnels.describe(t);
            LocalizedText theirs = AwsTunnels.describe(o);
            String right = t.customerInsideAddress() + "/" + c.expectedInsideNetwork().length();
            findings.report(i.addressWord().range(), LocalizedText.of(
                    "Crossed tunnels: `" + i.name() + "` leads to AWS " + t.awsOutsideAddress() + " (" + AwsTunnels.number(t).en()
                            + ") but carries " + i.address() + ", the inside address of " + theirs.en() + ". Give it " + right
                            + ", or bind it to " + o.awsOutsideAddress() + " instead.",
                    "トンネルの取り違え: `" + i.name() + "` は AWS " + t.awsOutsideAddress() + "（" + AwsTunnels.number(t).ja() + "）に向いていますが、"
                            + theirs.ja() + "の内側アドレス " + i.address() + " を持っています。" + right + " にするか、ピアを "
                            + o.awsOutsideAddress() + " にしてください。"))
                    .fix(Fix.of(LocalizedText.of("Change to " + right + " (" + mine.en() + ")", right + "（" + mine.ja() + "）に変更"),
                            Edits.replace(i.addressWord(), right)))
                    .related(AwsTunnels.sampleLine(c.sampleTunnel(), SampleField.INSIDE_ADDRESSES,
                            LocalizedText.of("the inside addresses of " + mine.en(), mine.ja() + "の内側アドレス")))
                    .related(AwsTunnels.sampleLine(other.get(), SampleField.INSIDE_ADDRESSES,
                            LocalizedText.of("the inside addresses of " + theirs.en(), theirs.ja() + "の内側アドレス")));
        }
    }

    /** The other sample tunnel whose inside /30 holds this tunnel's interface address, if any. */
    static Optional<SampleTunnel> crossedWith(AnalysisContext context, TunnelComparison c) {
        Interface i = c.tunnelInterface();
        if (i == null || i.address() == null || c.expectedInsideNetwork().contains(i.address().address())
                || i.member("interface.ip-address") == null) {
            return Optional.empty();
        }
        return AwsTunnels.byInsideAddress(context, i.address().address());
    }
}
