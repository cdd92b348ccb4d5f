package dev.ixls.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CommandSpecTest {

    private static final CommandCatalog CATALOG = CommandCatalog.standard();

    @Test
    void argumentTypesAreFoundInOptionsAndChoices() {
        CommandSpec policy = CATALOG.command("ike.policy");
        assertTrue(policy.hasArg(t -> t instanceof ArgType.Ipv4)); // inside {<peer:ipv4>|any}
        assertTrue(policy.hasArg(t -> t instanceof ArgType.Keyword)); // inside [mode <mode:...>]
        assertFalse(policy.hasArg(t -> t instanceof ArgType.Text));
    }
}
