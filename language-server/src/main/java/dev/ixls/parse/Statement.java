package dev.ixls.parse;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;

/** A command line placed into the block structure, with the catalog command it matched. */
public final class Statement {

    private final ConfigLine line;
    private final MatchResult match;
    private final Placement placement;
    private final String context;
    private final Statement parent;
    private final boolean negated;
    /** Whether the line may stand in a block ixls does not know (see {@link #inUnknownBlock()}). */
    private boolean inUnknownBlock;
    /** Only block openers get members; leaves share the empty list (most lines are leaves). */
    private List<Statement> children = List.of();

    Statement(ConfigLine line, MatchResult match, Placement placement, String context, Statement parent,
            boolean negated) {
        this.line = line;
        this.match = match;
        this.placement = placement;
        this.context = context;
        this.parent = parent;
        this.negated = negated;
    }

    public ConfigLine line() {
        return line;
    }

    /** The best match in the catalog; for {@link Placement#UNKNOWN} the closest partial match or null. */
    public MatchResult match() {
        return match;
    }

    public Placement placement() {
        return placement;
    }

    /** The block kind the statement stands in ({@code global}, {@code interface}, ...). */
    public String context() {
        return context;
    }

    /** The block-opening statement this one stands in, or null at the top level. */
    public Statement parent() {
        return parent;
    }

    /** True for the {@code no ...} form of a command. */
    public boolean negated() {
        return negated;
    }

    /**
     * Whether the line may be a member of a block the catalog does not know: it follows an
     * unknown line that may open a block (indented deeper than it, or, without indentation,
     * right after it without fitting where it stands). Where it really belongs is then unknown,
     * so nothing said about its placement or values is proof.
     */
    public boolean inUnknownBlock() {
        return inUnknownBlock;
    }

    void markInUnknownBlock() {
        inUnknownBlock = true;
    }

    /** The statements inside the block this statement opens, in file order. */
    public List<Statement> children() {
        return children;
    }

    void addChild(Statement child) {
        if (children.isEmpty()) {
            children = new Children();
        }
        ((Children) children).append(child);
    }

    /**
     * A block's members: read-only to everyone but the parser, so one object serves as both the
     * growing list and the view handed out (no wrapper, no second field per statement).
     */
    private static final class Children extends java.util.AbstractList<Statement> implements java.util.RandomAccess {
        private Statement[] members = new Statement[8];
        private int size;

        void append(Statement s) {
            if (size == members.length) {
                members = java.util.Arrays.copyOf(members, size * 2);
            }
            members[size++] = s;
        }

        @Override
        public Statement get(int index) {
            java.util.Objects.checkIndex(index, size);
            return members[index];
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The catalog id of the command, or null when the line is not a recognised command. */
    public String commandId() {
        return match != null && placement != Placement.UNKNOWN ? match.command().id() : null;
    }

    /** True for a recognised command in its right block whose words all fit (values may still be wrong). */
    public boolean isWellFormed() {
        return placement == Placement.IN_BLOCK && match != null && match.status() == MatchStatus.COMPLETE;
    }

    public boolean is(String commandId) {
        return placement == Placement.IN_BLOCK && match != null && match.command().id().equals(commandId);
    }

    public String arg(String name) {
        return match == null ? null : match.text(name);
    }

    public Word argWord(String name) {
        return match == null ? null : match.word(name);
    }

    public List<Word> argWords(String name) {
        return match == null ? List.of() : match.allWords(name);
    }

    /** The words of a text argument joined with single spaces, or "" when absent. */
    public String argText(String name) {
        List<Word> words = argWords(name);
        if (words.size() == 1) {
            return words.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(words.get(i).text());
        }
        return sb.toString();
    }

    public Range range() {
        return line.contentRange();
    }

    /** Words that hold keys or passwords: never to be shown. */
    public List<Word> secretWords() {
        List<Word> out = new ArrayList<>();
        if (match != null) {
            for (int i = 0; i < match.bindingCount(); i++) {
                if (match.argAt(i).type() instanceof ArgType.Secret) {
                    out.add(match.wordAt(i));
                }
            }
        }
        // Whatever the catalog knows, the word after `key` or `password` (past `char`, `plain`, ...)
        // is treated as secret too: a line the catalog misreads must not leak its key.
        List<Word> words = line.words();
        for (int i = 0; i + 1 < words.size(); i++) {
            String w = words.get(i).text();
            if (w.equals("key") || w.equals("password") || w.equals("secret")) {
                int at = i + 1;
                String next = words.get(at).text();
                if ((next.equals("char") || next.equals("hex") || next.equals("plain") || next.equals("hash")
                        || next.equals("0") || next.equals("7")) && at + 1 < words.size()) {
                    at++;
                }
                if (!out.contains(words.get(at))) {
                    out.add(words.get(at));
                }
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return (line.index() + 1) + ":" + (commandId() == null ? placement : commandId());
    }
}
