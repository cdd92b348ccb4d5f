package dev.ixls.analysis;

import dev.ixls.catalog.CommandSpec;
import java.util.List;

/** How messages name a command: its leading keywords, e.g. {@code ike policy}. */
public final class CommandLabel {

    private CommandLabel() {
    }

    public static String of(CommandSpec command) {
        List<String> literals = command.leadingLiterals();
        if (!literals.isEmpty()) {
            return String.join(" ", literals);
        }
        return command.firstWords().get(0);
    }
}
