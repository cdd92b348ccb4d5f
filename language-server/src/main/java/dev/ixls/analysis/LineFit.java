package dev.ixls.analysis;

import dev.ixls.catalog.MatchStatus;
import dev.ixls.parse.IxConfigParser;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * Whether a line, as a "did you mean" fix would rewrite it, reads as a whole command in the block
 * where it stands. A fix is offered only then: a correction that leaves an incomplete command or
 * one from another block turns a warning into an error (issue 13: `ipsec policy tunne` outside an
 * interface was offered `ike policy`, an incomplete `ike policy`).
 */
public final class LineFit {

    private LineFit() {
    }

    /**
     * {@code replaced} (on the statement's line) rewritten to {@code newText}: a complete command in
     * its block, that leaves the lines indented under it no worse placed than before (a line that
     * becomes a block opener of another kind would push them into the wrong block)?
     */
    public static boolean fits(AnalysisContext context, Statement s, Range replaced, String newText) {
        String line = s.line().text();
        int from = Math.min(replaced.start().character(), line.length());
        int to = Math.min(Math.max(from, replaced.end().character()), line.length());
        String rewritten = line.substring(0, from) + newText + line.substring(to);
        // The line under the openers of its blocks, then the lines indented under it, parsed as the
        // router reads them, once as written and once rewritten.
        StringBuilder openers = new StringBuilder();
        int depth = 0;
        for (Statement p = s.parent(); p != null; p = p.parent()) {
            openers.insert(0, p.line().text() + "\n");
            depth++;
        }
        StringBuilder below = new StringBuilder();
        List<ConfigLine> lines = context.config().parsed().lines();
        for (int i = s.line().index() + 1; i < lines.size(); i++) {
            ConfigLine l = lines.get(i);
            if (!l.words().isEmpty() && l.indent() <= s.line().indent()) {
                break;
            }
            below.append(l.text()).append('\n');
        }
        IxConfigParser parser = new IxConfigParser(context.catalog());
        ParsedConfig before = parser.parse(openers + line + "\n" + below);
        ParsedConfig after = parser.parse(openers + rewritten + "\n" + below);
        if (after.statements().size() <= depth) {
            return false;
        }
        Statement fixed = after.statements().get(depth);
        boolean whole = fixed.line().index() == depth && fixed.placement() == Placement.IN_BLOCK && fixed.match() != null
                && (fixed.match().status() == MatchStatus.COMPLETE || fixed.match().status() == MatchStatus.EXTRA)
                && (s.parent() == null ? fixed.parent() == null : fixed.parent() != null);
        if (!whole) {
            return false;
        }
        long placed = placedInBlock(after, depth);
        // A correction that opens a block must be the block the lines indented under it belong in.
        boolean opensForNothing = fixed.match().command().opens() != null && after.statements().size() > depth + 1
                && placed == 0;
        return !opensForNothing && placed >= placedInBlock(before, depth);
    }

    /** How many of the lines after the first {@code skip} statements stand in a block where they belong. */
    private static long placedInBlock(ParsedConfig parsed, int skip) {
        return parsed.statements().stream().skip(skip + 1L).filter(x -> x.placement() == Placement.IN_BLOCK).count();
    }
}
