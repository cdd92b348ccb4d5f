package dev.ixls.analysis;

import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the rules over a config and turns their findings into diagnostics. */
public final class RuleEngine {

    private static final Logger LOG = Logger.getLogger(RuleEngine.class.getName());

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
        // Not an IX config at all (IX000 says so once): what the catalog says of its lines is noise.
        boolean catalogSpeaks = context.config().parsed().looksLikeIxConfig();
        for (Rule rule : rules) {
            if (settings.isOff(rule.code()) || rule.restsOnCatalog() && !catalogSpeaks) {
                continue;
            }
            checkpoint.run();
            Findings findings = new Findings();
            try {
                rule.check(context, findings);
            } catch (RuntimeException e) {
                // A rule bug must not cost the user the other rules' findings.
                LOG.log(Level.WARNING, "rule " + rule.code() + " failed on " + context.location() + ": "
                        + e.getClass().getSimpleName());
                continue;
            }
            for (Finding f : findings.all()) {
                Severity proposed = f.severity != null ? f.severity : rule.defaultSeverity();
                LocalizedText message = f.message;
                if (rule.restsOnCatalog() && !proven(context, f)) {
                    // An error needs proof (see Proof): the one place where that is enforced.
                    proposed = Proof.capped(proposed);
                    if (f.notInCatalog != null) {
                        message = f.notInCatalog;
                    }
                }
                Optional<Severity> severity = settings.severity(rule.code(), proposed);
                if (severity.isEmpty()) {
                    continue;
                }
                if (redactor == null) {
                    redactor = new SecretRedactor(secretsOf(context));
                }
                SecretRedactor mask = redactor;
                out.add(new Diagnostic(rule.code(), severity.get(), f.range, redact(mask, message),
                        f.related.stream().map(r -> new RelatedLocation(r.location(), r.range(),
                                redact(mask, r.message()))).toList(),
                        Set.copyOf(f.tags), f.fixes.stream().map(x -> new Fix(redact(mask, x.title()),
                                x.edits())).toList()));
            }
        }
        out.sort(Comparator.comparing((Diagnostic d) -> d.range().start()).thenComparing(Diagnostic::code));
        return out;
    }

    /** Whether a finding of a rule that rests on the catalog is proof: its line's command is fully known. */
    private static boolean proven(AnalysisContext context, Finding f) {
        if (f.unproven) {
            return false;
        }
        Statement line = f.restsOn != null ? f.restsOn
                : context.config().parsed().statementAt(f.range.start().line());
        return Proof.holds(line);
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
