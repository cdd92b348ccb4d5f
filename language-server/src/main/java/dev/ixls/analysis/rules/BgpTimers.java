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
        super(RuleCode.IX405, Severity.WARNING,
                LocalizedText.of("BGP timers AWS does not use", "AWS と異なる BGP タイマー"),
                LocalizedText.of("AWS runs BGP with keepalive 10 s and hold time 30 s; other timers make failover slower or sessions flap, and a hold time under three keepalives drops sessions after one lost packet.",
                        "AWS の BGP はキープアライブ 10 秒・ホールドタイム 30 秒です。異なる値では切り替えが遅れるかセッションが不安定になり、キープアライブ 3 回分未満のホールドタイムではパケット 1 つの損失で切れます。"));
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
                                SampleField.HOLD_TIME, LocalizedText.of("the BGP timers in the AWS sample",
                                        "AWS サンプルの BGP タイマー"))));
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
        String whoEn = neighbor == null ? "`timers bgp`" : "neighbor " + neighbor;
        String whoJa = neighbor == null ? "`timers bgp`" : "ネイバー " + neighbor;
        if (notAws) {
            return findings.report(range, LocalizedText.of(
                    "Timers " + keepalive + "/" + hold + " for " + whoEn + " differ from AWS's keepalive 10 / hold 30: "
                            + "failover is slower or the session flaps. Use `10 30`.",
                    whoJa + " のタイマー " + keepalive + "/" + hold + " は AWS のキープアライブ 10・ホールド 30 と異なり、切り替えが遅れるか"
                            + "セッションが不安定になります。`10 30` にしてください。"))
                    .fix(Fix.of(LocalizedText.of("Change to `10 30`", "`10 30` に変更"),
                            new TextEdit(range, AwsLimits.BGP_KEEPALIVE + " " + AwsLimits.BGP_HOLD)));
        } else {
            return findings.report(range, LocalizedText.of(
                    "Hold time " + hold + " for " + whoEn + " is less than three keepalives (" + 3 * keepalive
                            + " s): one lost keepalive drops the session. Make the hold time at least three times the keepalive.",
                    whoJa + " のホールドタイム " + hold + " がキープアライブ 3 回分（" + 3 * keepalive
                            + " 秒）未満で、キープアライブが 1 つ失われるとセッションが切れます。ホールドタイムをキープアライブの 3 倍以上にしてください。"));
        }
    }
}
