package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Edits;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.syntax.Word;

/** IX302: an interface address that is its subnet's network or broadcast address. */
public final class NetworkOrBroadcastAddress extends Rule {

    public NetworkOrBroadcastAddress() {
        super(RuleCode.IX302, Severity.ERROR);
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
                why = Messages.text("IX302.customerSide");
            } else {
                right = network ? a.subnet().firstUsable() : a.subnet().lastUsable();
                why = network ? Messages.text("IX302.firstUsable")
                        : Messages.text("IX302.lastUsable");
            }
            String fixed = right + "/" + a.length();
            Word word = i.addressWord();
            LocalizedText kind = network ? Messages.text("IX302.network") : Messages.text("IX302.broadcast");
            Finding f = findings.report(word.range(), Messages.text("IX302.notUsable", "address", a, "name", i.name(),
                    "kind", kind, "subnet", a.subnet(), "fixed", fixed, "why", why))
                    .fix(Fix.of(Messages.text("fix.changeToPlain", "value", fixed), Edits.replace(word, fixed)));
            context.sampleTunnel(context.config().peerOf(i)).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                    SampleField.INSIDE_ADDRESSES, Messages.text("related.sampleInsideAddresses"))));
        }
    }
}
