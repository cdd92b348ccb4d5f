package dev.ixls.analysis;

import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a config sorted out in one walk, once per check: several rules would each
 * walk every line of a large config for the few that concern them.
 */
public final class StatementIndex {

    /** The statements with a match, in file order, and each one's command at the same index. */
    private final Statement[] matched;
    private final CommandSpec[] commandOf;
    private final int count;
    private final List<Statement> irregular;
    /** The distinct commands by id, and the statements of each command asked for: made on first use. */
    private Map<String, CommandSpec> commands;
    private final Map<CommandSpec, List<Statement>> byCommand = new IdentityHashMap<>();

    private StatementIndex(Statement[] matched, CommandSpec[] commandOf, int count, List<Statement> irregular) {
        this.matched = matched;
        this.commandOf = commandOf;
        this.count = count;
        this.irregular = irregular;
    }

    /**
     * One walk that only notes each line's command in an array: rules ask for the lines of a few
     * commands, and scanning the array for them is cheaper than filing every line in a per-command
     * list (a map look-up and a list append per line).
     */
    static StatementIndex of(List<Statement> statements) {
        int size = statements.size();
        Statement[] matched = new Statement[size];
        CommandSpec[] commandOf = new CommandSpec[size];
        int count = 0;
        List<Statement> irregular = new ArrayList<>();
        for (int i = 0; i < size; i++) { // indexed: no iterator over 100k lines
            Statement s = statements.get(i);
            if (isIrregular(s)) {
                irregular.add(s);
            }
            MatchResult m = s.match();
            if (m != null) {
                matched[count] = s;
                commandOf[count] = m.command();
                count++;
            }
        }
        return new StatementIndex(matched, commandOf, count, irregular);
    }

    /**
     * A line ixls could not fully read: an unknown command, a command outside its block, or a
     * match that is not complete or has keywords the catalog does not know.
     */
    static boolean isIrregular(Statement s) {
        MatchResult m = s.match();
        return s.placement() == Placement.UNKNOWN || s.placement() == Placement.OUT_OF_BLOCK
                || (m != null && (m.status() != MatchStatus.COMPLETE || m.unknownKeywords() > 0));
    }

    /**
     * The statements whose match is this catalog command, in file order, whatever their
     * placement (for {@link Placement#UNKNOWN}: the closest partial match) or negation.
     */
    public synchronized List<Statement> of(String commandId) {
        CommandSpec command = commandsById().get(commandId);
        if (command == null) {
            return List.of();
        }
        return byCommand.computeIfAbsent(command, this::scan);
    }

    private List<Statement> scan(CommandSpec command) {
        List<Statement> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (commandOf[i] == command) {
                out.add(matched[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The catalog commands some statement matches (see {@link #of}), in no particular order. */
    public synchronized Iterable<CommandSpec> commands() {
        return Collections.unmodifiableCollection(commandsById().values());
    }

    private Map<String, CommandSpec> commandsById() {
        if (commands == null) {
            Map<CommandSpec, Boolean> distinct = new IdentityHashMap<>();
            CommandSpec previous = null; // neighbouring lines often repeat a command
            for (int i = 0; i < count; i++) {
                if (commandOf[i] != previous) {
                    previous = commandOf[i];
                    distinct.put(previous, Boolean.TRUE);
                }
            }
            commands = new HashMap<>();
            distinct.keySet().forEach(c -> commands.put(c.id(), c));
        }
        return commands;
    }

    /** The statements of {@link #isIrregular irregular} lines, in file order. */
    public List<Statement> irregular() {
        return Collections.unmodifiableList(irregular);
    }

}
