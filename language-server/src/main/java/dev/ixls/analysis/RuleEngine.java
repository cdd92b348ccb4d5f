package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.ModelFailure;
import dev.ixls.parse.Statement;
import java.util.ArrayList;
import java.util.Comparator;
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
            } catch (CancellationException e) {
                throw e; // the caller's checkpoint: the work went stale
            } catch (RuntimeException | StackOverflowError e) {
                // A rule bug costs that rule's findings for this file, said out loud; the other rules run.
                out.add(InternalFailure.ofRule(rule.code(), e));
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
                // Messages arrive free of keys: rules quote words through Statement.shown and model
                // values whose keys mask themselves (PresharedKey). Nothing here rewrites text, which
                // would mask a key's text wherever it happened to occur (a `1` in an address).
                out.add(new Diagnostic(rule.code(), severity.get(), f.range, message, List.copyOf(f.related),
                        Set.copyOf(f.tags), List.copyOf(f.fixes)));
            }
        }
        for (ModelFailure f : context.config().failures()) {
            out.add(InternalFailure.ofModel(f));
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
}
