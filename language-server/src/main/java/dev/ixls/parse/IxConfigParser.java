package dev.ixls.parse;

import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.CommandMatcher;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.syntax.ConfigLexer;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.SourceText;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Places an IX config's command lines into blocks. Blocks come from the catalog's block-opening
 * commands: a command that does not belong to the open block closes blocks until one where it
 * belongs, as the router itself reads typed input. Indentation only breaks ties, for a command
 * that is valid both inside the block and outside it.
 */
public final class IxConfigParser {

    private static final String GLOBAL = "global";

    private final CommandCatalog catalog;

    public IxConfigParser(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    public IxConfigParser() {
        this(CommandCatalog.standard());
    }

    public ParsedConfig parse(String text) {
        return parse(text, null);
    }

    /**
     * Parses a new version of a document; the lines that did not change since {@code previous}
     * (an earlier version's parse, or null) are not lexed again ({@link ConfigLexer}).
     */
    public ParsedConfig parse(String text, ParsedConfig previous) {
        SourceText source = new SourceText(text);
        List<ConfigLine> lines = previous == null ? ConfigLexer.lex(source)
                : ConfigLexer.lex(source, previous.source(), previous.lines());
        List<Statement> statements = new ArrayList<>(lines.size()); // most lines are commands: no regrowth
        List<Statement> roots = new ArrayList<>();
        int[] depths = new int[lines.size()];
        List<Block> stack = new ArrayList<>();
        stack.add(new Block(GLOBAL, null));
        Work work = new Work();
        UnknownRegion unknownRegion = new UnknownRegion();

        for (ConfigLine line : lines) {
            if (line.kind() != LineKind.COMMAND) {
                depths[line.index()] = stack.size() - 1;
                continue;
            }
            Statement statement = place(line, stack, work);
            unknownRegion.note(statement);
            statements.add(statement);
            Statement parent = statement.parent();
            if (parent == null) {
                roots.add(statement);
            } else {
                parent.addChild(statement);
            }
            // A line kept inside a block it is indented in (see commit) stands at that block's depth,
            // so that formatting keeps it there.
            boolean opened = statement.placement() == Placement.IN_BLOCK && !statement.negated()
                    && statement.match().command().opens() != null;
            depths[line.index()] = opened ? depthOf(statement) : Math.max(depthOf(statement), stack.size() - 1);
        }
        int unknown = 0;
        for (Statement s : statements) {
            // Not read as an IX command where it stands: unknown, out of its block, or in an unknown block.
            if (s.placement() == Placement.UNKNOWN || s.placement() == Placement.OUT_OF_BLOCK || s.inUnknownBlock()) {
                unknown++;
            }
        }
        return new ParsedConfig(source, lines, List.copyOf(statements), List.copyOf(roots), depths, unknown);
    }

    private static int depthOf(Statement statement) {
        int depth = 0;
        for (Statement p = statement.parent(); p != null; p = p.parent()) {
            depth++;
        }
        return depth;
    }

    /**
     * The lines after an unknown command that may be its block's members: deeper indented, or
     * (in flat typed input) following it without fitting where they stand. Marks them
     * {@link Statement#inUnknownBlock()}; a line at the unknown line's indent that fits ends it.
     */
    private static final class UnknownRegion {
        private int indent = -1;
        private boolean previousInRegion;

        void note(Statement s) {
            int lineIndent = s.line().indent();
            boolean inside = indent >= 0 && (lineIndent > indent
                    || previousInRegion && lineIndent == indent && s.placement() != Placement.IN_BLOCK
                            && s.placement() != Placement.EXIT);
            if (inside) {
                s.markInUnknownBlock();
            } else {
                indent = -1;
                if (s.placement() == Placement.UNKNOWN) {
                    indent = lineIndent;
                }
            }
            previousInRegion = indent >= 0;
        }
    }

    /** An open block: its kind and the statement that opened it (null for global). */
    private static final class Block {
        final String context;
        final Statement opener;
        int bodyIndent = -1;

        Block(String context, Statement opener) {
            this.context = context;
            this.opener = opener;
        }
    }

    private Statement place(ConfigLine line, List<Block> stack, Work work) {
        List<Word> words = line.words();
        String first = words.get(0).text();
        if (words.size() == 1 && (first.equals("exit") || first.equals("end"))) {
            Block top = stack.get(stack.size() - 1);
            Statement s = new Statement(line, null, Placement.EXIT, top.context, top.opener, false);
            if (first.equals("end")) {
                while (stack.size() > 1) {
                    stack.remove(stack.size() - 1);
                }
            } else if (stack.size() > 1) {
                stack.remove(stack.size() - 1);
            }
            return s;
        }

        boolean negated = false;
        // Most lines are valid: try only the commands they could complete first. Anything less
        // than a complete match in an open block takes the full search, for the best diagnosis.
        List<Candidate> candidates = candidates(work, words, false, true);
        if (!completeOnStack(candidates, stack)) {
            candidates = candidates(work, words, false, false);
        }
        if (first.equals("no") && words.size() > 1 && noneRecognized(candidates)) {
            candidates = candidates(work, words.subList(1, words.size()), true, false);
            negated = true;
        }

        // 1. A complete match in the innermost block that accepts it.
        // Keywords the catalog knows beat a catch-all that merely tolerates an unknown keyword.
        boolean exact = true;
        int level = completeLevel(candidates, stack, line, true);
        if (level < 0) {
            exact = false;
            level = completeLevel(candidates, stack, line, false);
        }
        if (level >= 0) {
            Candidate best = bestAt(candidates, stack.get(level).context, true, exact);
            return commit(line, stack, level, best.outcome.result(), Placement.IN_BLOCK, negated);
        }
        // 2. A recognised but imperfect command (missing or malformed arguments) in an open block.
        for (int i = stack.size() - 1; i >= 0; i--) {
            Candidate best = bestAt(candidates, stack.get(i).context, false, false);
            if (best != null) {
                return commit(line, stack, i, best.outcome.result(), Placement.IN_BLOCK, negated);
            }
        }
        // 3. A command of a block that is not open here.
        Candidate elsewhere = null;
        for (Candidate c : candidates) {
            if (c.recognized && (elsewhere == null || c.better(elsewhere))) {
                elsewhere = c;
            }
        }
        Block top = stack.get(stack.size() - 1);
        noteBodyIndent(top, line);
        if (elsewhere != null) {
            return new Statement(line, elsewhere.outcome.result(), Placement.OUT_OF_BLOCK, top.context, top.opener,
                    negated);
        }
        // 4. Unknown: keep the closest partial match for "did you mean".
        Candidate closest = null;
        for (Candidate c : candidates) {
            if (closest == null || c.better(closest)) {
                closest = c;
            }
        }
        return new Statement(line, closest == null ? null : closest.outcome.result(), Placement.UNKNOWN, top.context,
                top.opener, negated);
    }

    private Statement commit(ConfigLine line, List<Block> stack, int level, MatchResult result, Placement placement,
            boolean negated) {
        Block block = stack.get(level);
        String opens = result.command().opens();
        if (opens == null && level < stack.size() - 1 && indentedAsMember(stack.get(stack.size() - 1), line)) {
            // Indented like the open block's members, yet known only outside it: the catalog lacks
            // the block's form of this command. The router would not leave the block for it, so
            // neither do the lines after it.
            return new Statement(line, result, placement, block.context, block.opener, negated);
        }
        while (stack.size() > level + 1) {
            stack.remove(stack.size() - 1);
        }
        noteBodyIndent(block, line);
        Statement s = new Statement(line, result, placement, block.context, block.opener, negated);
        if (opens != null && !negated) {
            stack.add(new Block(opens, s));
        }
        return s;
    }

    /** Whether a line is indented like the members of an indented block (device output, tidy typed input). */
    private static boolean indentedAsMember(Block top, ConfigLine line) {
        if (top.opener == null || top.bodyIndent < 0) {
            return false;
        }
        int openerIndent = top.opener.line().indent();
        return top.bodyIndent > openerIndent && line.indent() >= top.bodyIndent;
    }

    private static void noteBodyIndent(Block block, ConfigLine line) {
        if (block.opener != null && block.bodyIndent < 0) {
            block.bodyIndent = line.indent();
        }
    }

    /**
     * The innermost open block with a complete match, except that a line indented less than the
     * block's body prefers an outer block that also accepts it.
     */
    private int completeLevel(List<Candidate> candidates, List<Block> stack, ConfigLine line, boolean exact) {
        int found = -1;
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (bestAt(candidates, stack.get(i).context, true, exact) != null) {
                if (found < 0) {
                    found = i;
                } else {
                    Block inner = stack.get(found);
                    boolean dedented = inner.opener != null && inner.bodyIndent > inner.opener.line().indent()
                            && line.indent() <= inner.opener.line().indent();
                    if (dedented) {
                        found = i;
                    }
                    break;
                }
            }
        }
        return found;
    }

    private static Candidate bestAt(List<Candidate> candidates, String context, boolean completeOnly,
            boolean exactOnly) {
        Candidate best = null;
        for (int i = 0; i < candidates.size(); i++) { // indexed: asked several times for every line
            Candidate c = candidates.get(i);
            if (!c.recognized || !c.outcome.command().contexts().contains(context)) {
                continue;
            }
            if (completeOnly && c.outcome.status() != MatchStatus.COMPLETE) {
                continue;
            }
            if (exactOnly && c.outcome.unknownKeywords() > 0) {
                continue;
            }
            if (best == null || c.better(best)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean noneRecognized(List<Candidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).recognized) {
                return false;
            }
        }
        return true;
    }

    private static boolean completeOnStack(List<Candidate> candidates, List<Block> stack) {
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (c.recognized && c.outcome.status() == MatchStatus.COMPLETE) {
                for (int level = 0; level < stack.size(); level++) {
                    if (c.outcome.command().contexts().contains(stack.get(level).context)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<Candidate> candidates(Work work, List<Word> words, boolean negated, boolean completableOnly) {
        List<CommandSpec> specs = catalog.startingWith(words.get(0).text());
        List<Candidate> out = work.candidates; // a line's candidates are done with before the next search
        out.clear();
        work.keywords.read(words);
        for (int s = 0; s < specs.size(); s++) {
            CommandSpec spec = specs.get(s);
            if (!work.keywords.startsWithKeywords(spec)) {
                continue; // cannot be this command; the search would only confirm it
            }
            // The leading keywords are known to be there: the check starts after them.
            if (completableOnly && spec.cannotComplete(words, spec.leadingLiterals().size())) {
                continue;
            }
            Candidate c = work.candidate(out.size());
            if (!work.search.match(spec, words, c.outcome)) {
                continue;
            }
            if (negated && c.outcome.status() == MatchStatus.MISSING) {
                c.outcome.completeAsIs(); // `no` forms may leave out the arguments: `no ip address`
            }
            c.recognized = recognized(spec, c.outcome);
            out.add(c);
        }
        return out;
    }

    /** What parsing one text reuses from line to line. */
    private static final class Work {
        final CommandMatcher.Search search = CommandMatcher.search();
        final LeadingKeywords keywords = new LeadingKeywords();
        final List<Candidate> candidates = new ArrayList<>();
        /** Candidate slots, reused line after line: only the placed line's result gets built. */
        private final List<Candidate> slots = new ArrayList<>();

        Candidate candidate(int i) {
            if (i == slots.size()) {
                slots.add(new Candidate());
            }
            return slots.get(i);
        }
    }

    /**
     * Whether a line's words start with a command's leading keywords. The commands of one first
     * word mostly share their keywords (all {@code ip ...} commands start with the same {@code ip}),
     * so each word remembers the last keyword it was compared with; keywords are interned, which
     * makes that memory an identity check.
     */
    private static final class LeadingKeywords {
        private static final int REMEMBERED = 4;
        private final String[] keyword = new String[REMEMBERED];
        private final boolean[] spelled = new boolean[REMEMBERED];
        private List<Word> words;

        void read(List<Word> words) {
            this.words = words;
            java.util.Arrays.fill(keyword, null);
        }

        boolean startsWithKeywords(CommandSpec spec) {
            List<String> literals = spec.leadingLiterals();
            if (words.size() < literals.size()) {
                return false;
            }
            for (int i = 0; i < literals.size(); i++) {
                if (!spells(i, literals.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean spells(int i, String literal) {
            if (i >= REMEMBERED) {
                return CommandMatcher.spells(words.get(i).text(), literal);
            }
            if (keyword[i] != literal) {
                keyword[i] = literal;
                spelled[i] = CommandMatcher.spells(words.get(i).text(), literal);
            }
            return spelled[i];
        }
    }

    /** A line is this command when all the command's leading keywords are there. */
    private static boolean recognized(CommandSpec spec, CommandMatcher.Outcome r) {
        int literals = spec.leadingLiterals().size();
        return r.consumed() >= Math.max(1, literals) || r.status() == MatchStatus.COMPLETE;
    }

    /** A command's reading of the line being placed; its result is built only if it wins. */
    private static final class Candidate {
        final CommandMatcher.Outcome outcome = new CommandMatcher.Outcome();
        boolean recognized;

        boolean better(Candidate other) {
            CommandMatcher.Outcome a = outcome;
            CommandMatcher.Outcome b = other.outcome;
            if ((a.status() == MatchStatus.COMPLETE) != (b.status() == MatchStatus.COMPLETE)) {
                return a.status() == MatchStatus.COMPLETE;
            }
            if (a.consumed() != b.consumed()) {
                return a.consumed() > b.consumed();
            }
            return a.score() > b.score();
        }
    }
}
