package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.ModelFailure;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * Runs the rules over a config and turns their findings into diagnostics. A rule that throws, or
 * a line the model could not read, becomes an IX900 diagnostic ({@link InternalFailure}).
 */
public final class RuleEngine {

    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Diagnostic> run(AnalysisContext context, RuleSettings settings) {
        return run(context, settings, () -> { });
    }

    /**
     * Runs the rules, calling {@code checkpoint} before each one: a caller whose work went stale
     * (an editor's newer version of the text) throws from it to stop early.
     */
    public List<Diagnostic> run(AnalysisContext context, RuleSettings settings, Runnable checkpoint) {
        SecretRedactor redactor = null; // built on the first finding: clean configs never pay for it
        List<Diagnostic> out = new ArrayList<>();
        for (Rule rule : rules) {
            if (settings.isOff(rule.code())) {
                continue;
            }
            checkpoint.run();
            Findings findings = new Findings();
            try {
                rule.check(context, findings);
            } catch (CancellationException e) {
                throw e; // the caller's checkpoint: the work went stale
            } catch (RuntimeException | StackOverflowError e) {
                // A rule bug costs that rule's findings for this file, said out loud; the other rules run.
                out.add(InternalFailure.ofRule(rule.code(), e));
                continue;
            }
            for (Finding f : findings.all()) {
                Optional<Severity> severity = settings.severity(rule.code(),
                        f.severity != null ? f.severity : rule.defaultSeverity());
                if (severity.isEmpty()) {
                    continue;
                }
                if (redactor == null) {
                    redactor = new SecretRedactor(secretsOf(context));
                }
                SecretRedactor mask = redactor;
                out.add(new Diagnostic(rule.code(), severity.get(), f.range, redact(mask, f.message),
                        f.related.stream().map(r -> new RelatedLocation(r.location(), r.range(),
                                redact(mask, r.message()))).toList(),
                        Set.copyOf(f.tags), f.fixes.stream().map(x -> new Fix(redact(mask, x.title()),
                                x.edits())).toList()));
            }
        }
        for (ModelFailure f : context.config().failures()) {
            out.add(InternalFailure.ofModel(f));
        }
        out.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(Diagnostic::code));
        return out;
    }

    private static LocalizedText redact(SecretRedactor redactor, LocalizedText text) {
        return new LocalizedText(redactor.redact(text.en()), redactor.redact(text.ja()));
    }

    private static Set<String> secretsOf(AnalysisContext context) {
        Set<String> secrets = new HashSet<>();
        for (Statement s : context.config().parsed().statements()) {
            for (Word w : s.secretWords()) {
                secrets.add(w.text());
            }
        }
        for (LinkedSample sample : context.samples()) {
            for (AwsTunnel t : sample.sample().tunnels()) {
                if (t.presharedKey() != null) {
                    secrets.add(t.presharedKey().reveal());
                }
            }
        }
        return secrets;
    }
}
