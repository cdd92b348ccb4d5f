package dev.ixls.analysis;

import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;

/**
 * An error needs proof. A finding that rests on the command catalog (a value outside a known set,
 * a missing argument, a command outside its block, a name no line defines) proves the config wrong
 * only where the catalog knows the whole command and every block it stands in ({@code "closed"}
 * in {@code commands.json}) and the line does not stand in a block ixls does not know. Anything
 * less is the catalog's ignorance as much as the user's mistake: at most a warning, worded as what
 * ixls's catalog does not have. The {@link RuleEngine} applies this to every finding of a rule
 * that {@link Rule#restsOnCatalog() rests on the catalog}; rules do not cap severities themselves.
 */
public final class Proof {

    private Proof() {
    }

    /** Whether what the catalog says about this line is proof: its command is closed and its block known. */
    public static boolean holds(Statement line) {
        return line != null && line.match() != null && line.placement() != Placement.UNKNOWN
                && line.match().command().closed() && !line.inUnknownBlock();
    }

    /** The severity a finding without proof may have: never above a warning. */
    static Severity capped(Severity proposed) {
        return proposed == Severity.ERROR ? Severity.WARNING : proposed;
    }
}
