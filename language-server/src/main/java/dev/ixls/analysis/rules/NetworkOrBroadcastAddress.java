package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.syntax.Word;

/** IX302: an interface address that is its subnet's network or broadcast address. */
public final class NetworkOrBroadcastAddress extends Rule {

    public NetworkOrBroadcastAddress() {
        super("IX302", Severity.ERROR,
                LocalizedText.of("Network or broadcast address on an interface", "インタフェースにネットワーク / ブロードキャストアドレス"),
                LocalizedText.of("The first and last address of a subnet name the subnet and its broadcast; no host, router or AWS endpoint can use them.",
                        "サブネットの最初と最後のアドレスはネットワークとブロードキャストを表し、ホストもルータも AWS も使えません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Interface i : context.config().interfaces().values()) {
            Ipv4Prefix a = i.address();
            if (a == null || a.length() > 30) {
                continue; // /31 and /32 have no network or broadcast address
            }
            boolean network = a.address().equals(a.network());
            if (!network && !a.address().equals(a.broadcast())) {
                continue;
            }
            Ipv4Address right;
            LocalizedText why;
            if (i.isTunnel() && a.length() == AwsLimits.INSIDE_LENGTH && context.isAwsTunnel(i)) {
                right = AwsLimits.customerSide(a.subnet());
                why = LocalizedText.of("this router's side of the AWS /30", "AWS の /30 のうちこのルータ側");
            } else {
                right = network ? a.subnet().firstUsable() : a.subnet().lastUsable();
                why = network ? LocalizedText.of("the first usable address", "最初の使用可能アドレス")
                        : LocalizedText.of("the last usable address", "最後の使用可能アドレス");
            }
            String fixed = right + "/" + a.length();
            Word word = i.addressWord();
            LocalizedText kind = network ? LocalizedText.of("network", "ネットワーク") : LocalizedText.of("broadcast", "ブロードキャスト");
            Finding f = findings.report(word.range(), LocalizedText.of(
                    "`" + a + "` on `" + i.name() + "` is the " + kind.en() + " address of " + a.subnet()
                            + ", which no interface can use. Did you mean " + fixed + " (" + why.en() + ")?",
                    "`" + i.name() + "` の `" + a + "` は " + a.subnet() + " の" + kind.ja() + "アドレスで、インタフェースには使えません。"
                            + fixed + "（" + why.ja() + "）ではありませんか。"))
                    .fix(Fix.of(LocalizedText.of("Change to " + fixed, fixed + " に変更"), Edits.replace(word, fixed)));
            context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                    SampleField.INSIDE_ADDRESSES, LocalizedText.of("the inside addresses in the AWS sample", "AWS サンプルの内側アドレス"))));
        }
    }
}
