package dev.ixls.analysis;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.Element;
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
import java.util.function.Predicate;

/**
 * The statements of a config sorted out in one walk, once per check: several rules would each
 * walk every line of a large config for the few that concern them.
 */
public final class StatementIndex {

    /** By catalog command (one object per command: identity is cheaper than hashing records or ids). */
    private final Map<CommandSpec, List<Statement>> byCommand;
    private final Map<String, CommandSpec> commands;
    private final List<Statement> irregular;

    private StatementIndex(Map<CommandSpec, List<Statement>> byCommand, List<Statement> irregular) {
        this.byCommand = byCommand;
        this.commands = new HashMap<>();
        byCommand.keySet().forEach(c -> commands.put(c.id(), c));
        this.irregular = irregular;
    }

    static StatementIndex of(List<Statement> statements) {
        Map<CommandSpec, List<Statement>> byCommand = new IdentityHashMap<>();
        List<Statement> irregular = new ArrayList<>();
        CommandSpec current = null; // the previous line's command, and its list: neighbours often repeat it
        List<Statement> currentList = null;
        for (Statement s : statements) {
            MatchResult m = s.match();
            if (isIrregular(s)) {
                irregular.add(s);
            }
            if (m == null) {
                continue;
            }
            if (m.command() != current) {
                current = m.command();
                currentList = byCommand.computeIfAbsent(current, c -> new ArrayList<>());
            }
            currentList.add(s);
        }
        return new StatementIndex(byCommand, irregular);
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
    public List<Statement> of(String commandId) {
        CommandSpec command = commands.get(commandId);
        return command == null ? List.of() : Collections.unmodifiableList(byCommand.get(command));
    }

    /** The catalog commands some statement matches (see {@link #of}), in no particular order. */
    public Iterable<CommandSpec> commands() {
        return Collections.unmodifiableCollection(commands.values());
    }

    /** The statements of {@link #isIrregular irregular} lines, in file order. */
    public List<Statement> irregular() {
        return Collections.unmodifiableList(irregular);
    }

    /** Whether a command has an argument of a type anywhere in its syntax (in options and choices too). */
    public static boolean hasArg(CommandSpec command, Predicate<ArgType> type) {
        return hasArg(command.elements(), type);
    }

    private static boolean hasArg(List<Element> sequence, Predicate<ArgType> type) {
        for (Element e : sequence) {
            boolean has = e instanceof Element.Arg a && type.test(a.type())
                    || e instanceof Element.Optional o && hasArg(o.sequence(), type)
                    || e instanceof Element.Choice c && c.alternatives().stream().anyMatch(alt -> hasArg(alt, type))
                    || e instanceof Element.Repeat r && hasArg(List.of(r.element()), type);
            if (has) {
                return true;
            }
        }
        return false;
    }
}
