package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.AwsLimits.KeyProblem;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.analysis.Finding;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IkePolicy;
import dev.ixls.model.Ikev2Key;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;

/**
 * IX206: a pre-shared key AWS would refuse: 8 to 64 characters of A-Z a-z 0-9 . _, not
 * starting with 0. Only for AWS peers (a linked sample's, or clearly AWS's: see
 * {@code AnalysisContext.isAwsPeer}); IX-to-IX, strongSwan or pfSense peers have no such rules.
 * Messages never show the key.
 */
public final class PresharedKeyRefused extends Rule {

    private static final LocalizedText RULE = LocalizedText.of(
            "AWS accepts 8 to 64 characters of A-Z, a-z, 0-9, `.` and `_`, not starting with `0`",
            "AWS が受け付けるのは A-Z、a-z、0-9、`.`、`_` からなる 8〜64 文字で、`0` で始まらない鍵です");

    public PresharedKeyRefused() {
        super(RuleCode.IX206, Severity.ERROR,
                LocalizedText.of("Pre-shared key AWS would refuse", "AWS が受け付けない事前共有鍵"),
                LocalizedText.of("AWS only takes keys of 8-64 characters from A-Z a-z 0-9 . _ that do not start with 0; a key it cannot store can never match.",
                        "AWS が設定できる鍵は A-Z a-z 0-9 . _ からなる 8〜64 文字で 0 で始まらないものだけです。AWS 側に設定できない鍵は一致しようがありません。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // Most keys are fine: a peer's labels and AWS status are worked out only for the others.
        for (IkePolicy p : context.config().ikePolicies().values()) {
            KeyProblem problem = p.key() == null ? null : AwsLimits.keyProblem(p.key().reveal());
            if (problem != null && context.isAwsPeer(p.peer())) {
                check(context, p.peer(), p.statement(), problem, "peer " + p.peer(), "ピア " + p.peer(), findings);
            }
        }
        for (Ikev2Key k : context.config().ikev2Keys()) {
            if (!"char".equals(k.statement().arg("format"))) {
                continue; // a hex key is bytes, not the characters AWS lists
            }
            KeyProblem problem = AwsLimits.keyProblem(k.key().reveal());
            if (problem == null) {
                continue;
            }
            if (k.idType().equals("ipv4") && context.isAwsPeer(k.id())) {
                check(context, k.id(), k.statement(), problem, "id " + k.id(), "ID " + k.id(), findings);
            }
        }
    }

    private static void check(AnalysisContext context, String peer, Statement s, KeyProblem problem, String forEn,
            String forJa, Findings findings) {
        Word word = s.argWord("key");
        if (word == null) {
            return;
        }
        LocalizedText what = switch (problem.kind()) {
            case LENGTH -> LocalizedText.of("is " + problem.count() + " characters long", "の長さが " + problem.count() + " 文字です");
            case CHARACTERS -> LocalizedText.of("has " + problem.count() + " character(s) AWS does not accept",
                    "に AWS が受け付けない文字が " + problem.count() + " 個あります");
            case LEADING_ZERO -> LocalizedText.of("starts with `0`", "が `0` で始まっています");
        };
        LocalizedText next = LocalizedText.of("Use the key from the AWS sample, or set a new key on both ends.",
                "AWS サンプルの鍵を使うか、両端に新しい鍵を設定してください。");
        Finding f = findings.report(word.range(), LocalizedText.of(
                "The pre-shared key for " + forEn + " " + what.en() + ": " + RULE.en() + ". " + next.en(),
                forJa + " の事前共有鍵" + what.ja() + "。" + RULE.ja() + "。" + next.ja()));
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st, SampleField.PRESHARED_KEY,
                LocalizedText.of("the key the AWS sample gives this tunnel (not shown)", "AWS サンプルのこのトンネルの鍵（表示しません）"))));
    }
}
