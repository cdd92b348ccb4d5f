package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * IX305: without a sample to compare with, a tunnel to AWS holding the first usable address of
 * its /30. AWS always takes that one and leaves the second to the customer gateway.
 */
public final class AwsSideInsideAddress extends Rule {

    public AwsSideInsideAddress() {
        super("IX305", Severity.WARNING,
                LocalizedText.of("Tunnel holds AWS's inside address", "トンネルが AWS 側の内側アドレスを持っています"),
                LocalizedText.of("In every AWS tunnel the first usable address of the /30 is AWS's and the second is the customer gateway's; swapping them is a common slip that keeps BGP down.",
                        "AWS のトンネルでは /30 の最初の使用可能アドレスが AWS 側、2 番目がカスタマーゲートウェイ側です。入れ替えはよくある誤りで、BGP が確立しません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (context.hasSamples()) {
            return; // IX504 compares with the sample's own addresses
        }
        for (Interface i : context.awsTunnels()) {
            Ipv4Prefix a = i.address();
            if (a == null || !i.isIpsecTunnel() || a.length() != AwsLimits.INSIDE_LENGTH
                    || !AwsLimits.INSIDE_RANGE.contains(a.address())) {
                continue;
            }
            Ipv4Address aws = AwsLimits.awsSide(a.subnet());
            if (!a.address().equals(aws)) {
                continue;
            }
            Ipv4Address ours = AwsLimits.customerSide(a.subnet());
            Word word = i.addressWord();
            List<TextEdit> edits = new ArrayList<>();
            edits.add(Edits.replace(word, ours + "/" + a.length()));
            // A neighbor typed as the other address was swapped along with it: swap it back too.
            context.config().routerBgp().ifPresent(bgp -> {
                for (BgpNeighbor n : bgp.neighbors()) {
                    if (n.address().equals(ours)) {
                        for (Statement s : n.statements()) {
                            edits.add(Edits.replace(s.argWord("address"), aws.toString()));
                        }
                    }
                }
            });
            findings.report(word.range(), LocalizedText.of(
                    "`" + i.name() + "` has " + aws + ", the first address of " + a.subnet() + ", which AWS always takes for "
                            + "itself; this router's side is " + ours + ". Check the sample's \"Customer Gateway\" inside address.",
                    "`" + i.name() + "` のアドレス " + aws + " は " + a.subnet() + " の最初のアドレスで、AWS が必ず自分側に使います。"
                            + "このルータ側は " + ours + " です。サンプルの Customer Gateway の内側アドレスを確認してください。"))
                    .fix(new Fix(LocalizedText.of("Use " + ours + " here" + (edits.size() > 1 ? " and " + aws + " as the BGP neighbor" : ""),
                            "ここを " + ours + " に" + (edits.size() > 1 ? "、BGP ネイバーを " + aws + " に" : "") + "変更"),
                            List.copyOf(edits)));
        }
    }
}
