package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Fix;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TextEdit;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Digits;
import dev.ixls.syntax.Word;
import java.util.function.Predicate;

/**
 * IX405: BGP timers other than AWS's keepalive 10 / hold 30 on an AWS neighbor, or a hold time
 * under three keepalives on any neighbor (a hold time of 0, no keepalives, is left alone).
 */
public final class BgpTimers extends Rule {

    public BgpTimers() {
        super(RuleCode.IX405, Severity.WARNING);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        RouterBgp bgp = context.config().bgp();
        if (bgp == null) {
            return;
        }
        boolean awsWithoutOwnTimers = false;
        Predicate<Ipv4Address> awsNeighbor = AwsTunnels.awsNeighbors(context);
        for (BgpNeighbor n : bgp.neighbors()) {
            boolean aws = awsNeighbor.test(n.address());
            boolean own = false;
            for (Statement s : n.statements()) {
                if (s.is("bgp.neighbor.timers")) {
                    own = true;
                    Finding f = check(s, aws, n.address(), findings);
                    if (f != null) {
                        AwsTunnels.byInsideAddress(context, n.address()).ifPresent(st -> f.related(AwsTunnels.sampleLine(st,
                                SampleField.HOLD_TIME, Messages.text("IX405.related"))));
                    }
                }
            }
            awsWithoutOwnTimers |= aws && !own;
        }
        for (Statement s : bgp.members()) {
            if (s.is("bgp.timers") && !s.negated()) {
                // `timers bgp` sets the timers of every neighbor that has none of its own.
                check(s, awsWithoutOwnTimers, null, findings);
            }
        }
    }

    /**
     * The finding for one timers line, or null when the timers are fine.
     *
     * @param neighbor the neighbor the line is for, or null for {@code timers bgp}
     */
    private static Finding check(Statement s, boolean aws, Ipv4Address neighbor, Findings findings) {
        Word k = s.argWord("keepalive");
        Word h = s.argWord("hold");
        Integer keepaliveValue = k == null ? null : Digits.parse(k.text(), 5);
        Integer holdValue = h == null ? null : Digits.parse(h.text(), 5);
        if (keepaliveValue == null || holdValue == null) {
            return null;
        }
        int keepalive = keepaliveValue;
        int hold = holdValue;
        boolean notAws = aws && (keepalive != AwsLimits.BGP_KEEPALIVE || hold != AwsLimits.BGP_HOLD);
        boolean holdTooShort = !aws && hold != 0 && hold < 3 * keepalive;
        if (!notAws && !holdTooShort) {
            return null; // most lines: messages are spelt out only for a finding
        }
        Range range = Range.onLine(k.line(), k.start(), h.end());
        LocalizedText who = neighbor == null ? Messages.text("IX405.timersBgp")
                : Messages.text("IX405.neighbor", "address", neighbor);
        if (notAws) {
            return findings.report(range, Messages.text("IX405.notAws", "keepalive", keepalive, "hold", hold,
                    "who", who))
                    .fix(Fix.of(Messages.text("IX405.changeTo10and30"),
                            new TextEdit(range, AwsLimits.BGP_KEEPALIVE + " " + AwsLimits.BGP_HOLD)));
        } else {
            return findings.report(range, Messages.text("IX405.holdTooShort", "hold", hold, "who", who,
                    "threeKeepalives", 3 * keepalive));
        }
    }
}
