package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;

/**
 * One check of the rule catalog. Each subclass is one rule: its stable code, default severity,
 * title and reason, and the check itself with its messages and fixes.
 */
public abstract class Rule {

    private final RuleCode code;
    private final Severity defaultSeverity;
    private final LocalizedText title;
    private final LocalizedText reason;

    /** The title and reason are the messages {@code CODE.title} and {@code CODE.reason} of the catalogs. */
    protected Rule(RuleCode code, Severity defaultSeverity) {
        this.code = code;
        this.defaultSeverity = defaultSeverity;
        this.title = code.title();
        this.reason = code.reason();
    }

    public final RuleCode code() {
        return code;
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** A one-line name of the rule. */
    public final LocalizedText title() {
        return title;
    }

    /** Why the rule exists, in a sentence or two. */
    public final LocalizedText reason() {
        return reason;
    }

    public final String docsUrl() {
        return code.docsUrl();
    }

    /**
     * Whether the rule's findings rest on the command catalog (values, arguments, blocks, names
     * the catalog's commands define). The engine then holds each finding to {@link Proof}: an
     * error only where the catalog knows the line's whole command. Rules about the config's own
     * facts (addresses, keys, what a sample says) do not.
     */
    public boolean restsOnCatalog() {
        return false;
    }

    public abstract void check(AnalysisContext context, Findings findings);
}
