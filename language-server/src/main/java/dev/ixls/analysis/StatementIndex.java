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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The statements of a config sorted out in one walk, once per check: several rules would each
 * walk every line of a large config for the few that concern them.
 */
public final class StatementIndex {

    private final Map<String, List<Statement>> byCommand;
    private final Map<String, CommandSpec> commands;
    private final List<Statement> irregular;

    private StatementIndex(Map<String, List<Statement>> byCommand, Map<String, CommandSpec> commands,
            List<Statement> irregular) {
        this.byCommand = byCommand;
        this.commands = commands;
        this.irregular = irregular;
    }

    static StatementIndex of(List<Statement> statements) {
        Map<String, List<Statement>> byCommand = new HashMap<>();
        Map<String, CommandSpec> commands = new HashMap<>();
        List<Statement> irregular = new ArrayList<>();
        List<Statement> current = null; // the list of the previous line's command: neighbours often repeat it
        String currentId = null;
        for (Statement s : statements) {
            MatchResult m = s.match();
            if (isIrregular(s)) {
                irregular.add(s);
            }
            if (m == null) {
                continue;
            }
            String id = m.command().id();
            if (!id.equals(currentId)) {
                currentId = id;
                current = byCommand.get(id);
                if (current == null) {
                    current = new ArrayList<>();
                    byCommand.put(id, current);
                    commands.put(id, m.command());
                }
            }
            current.add(s);
        }
        return new StatementIndex(byCommand, commands, irregular);
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
        List<Statement> out = byCommand.get(commandId);
        return out == null ? List.of() : Collections.unmodifiableList(out);
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
