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
import dev.ixls.i18n.Messages;
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

    public PresharedKeyRefused() {
        super(RuleCode.IX206, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // Most keys are fine: a peer's labels and AWS status are worked out only for the others.
        for (IkePolicy p : context.config().ikePolicies().values()) {
            KeyProblem problem = p.key() == null ? null : AwsLimits.keyProblem(p.key().reveal());
            if (problem != null && context.isAwsPeer(p.peer())) {
                check(context, p.peer(), p.statement(), problem, Messages.text("IX206.peer", "address", p.peer()),
                        findings);
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
                check(context, k.id(), k.statement(), problem, Messages.text("IX206.id", "id", k.id()), findings);
            }
        }
    }

    private static void check(AnalysisContext context, String peer, Statement s, KeyProblem problem,
            LocalizedText subject, Findings findings) {
        Word word = s.argWord("key");
        if (word == null) {
            return;
        }
        LocalizedText what = switch (problem.kind()) {
            case LENGTH -> Messages.text("IX206.length", "count", problem.count());
            case CHARACTERS -> Messages.text("IX206.characters", "count", problem.count());
            case LEADING_ZERO -> Messages.text("IX206.leadingZero");
        };
        Finding f = findings.report(word.range(), Messages.text("IX206.refused", "subject", subject, "problem", what));
        context.sampleTunnel(peer).ifPresent(st -> f.related(AwsTunnels.sampleLine(st, SampleField.PRESHARED_KEY,
                Messages.text("IX206.related"))));
    }
}
