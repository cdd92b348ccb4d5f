package dev.ixls.analysis;

import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.parse.IxConfigParser;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;

/**
 * Whether a line, as a "did you mean" fix would rewrite it, reads as a whole command in the block
 * where it stands. A fix is offered only then: a correction that leaves an incomplete command or
 * one from another block turns a warning into an error (issue 13: `ipsec policy tunne` outside an
 * interface was offered `ike policy`, an incomplete `ike policy`).
 */
public final class LineFit {

    private LineFit() {
    }

    /** {@code replaced} (on the statement's line) rewritten to {@code newText}: a complete command in its block? */
    public static boolean fits(CommandCatalog catalog, Statement s, Range replaced, String newText) {
        String line = s.line().text();
        int from = Math.min(replaced.start().character(), line.length());
        int to = Math.min(Math.max(from, replaced.end().character()), line.length());
        String rewritten = line.substring(0, from) + newText + line.substring(to);
        // The line under the openers of its blocks, parsed as the router reads it.
        StringBuilder config = new StringBuilder();
        int depth = 0;
        for (Statement p = s.parent(); p != null; p = p.parent()) {
            config.insert(0, p.line().text() + "\n");
            depth++;
        }
        config.append(rewritten).append('\n');
        ParsedConfig parsed = new IxConfigParser(catalog).parse(config.toString());
        if (parsed.statements().size() != depth + 1) {
            return false;
        }
        Statement fixed = parsed.statements().get(depth);
        return fixed.placement() == Placement.IN_BLOCK && fixed.match() != null
                && (fixed.match().status() == MatchStatus.COMPLETE || fixed.match().status() == MatchStatus.EXTRA)
                && (s.parent() == null ? fixed.parent() == null : fixed.parent() != null);
    }
}
