package dev.ixls.analysis;

import dev.ixls.analysis.rules.CommandOutsideBlock;
import dev.ixls.analysis.rules.DuplicateDefinition;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.analysis.rules.MalformedArgument;
import dev.ixls.analysis.rules.MissingArgument;
import dev.ixls.analysis.rules.UndefinedReference;
import dev.ixls.analysis.rules.UnknownCommand;
import dev.ixls.analysis.rules.UnusedDefinition;
import java.util.List;
import java.util.Optional;

/** Every rule ixls runs, in code order. Add a rule here and it runs everywhere: CLI, server, SARIF. */
public final class RuleCatalog {

    private static final List<Rule> RULES = List.of(
            new InputNotAConfig(),
            new UnknownCommand(),
            new MalformedArgument(),
            new CommandOutsideBlock(),
            new MissingArgument(),
            new UndefinedReference(),
            new DuplicateDefinition(),
            new UnusedDefinition());

    private RuleCatalog() {
    }

    public static List<Rule> all() {
        return RULES;
    }

    public static Optional<Rule> byCode(String code) {
        return RULES.stream().filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
    }
}
