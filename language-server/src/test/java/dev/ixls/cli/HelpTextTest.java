package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** Every command, option and parameter has its help in both catalogs, and every help key names one. */
class HelpTextTest {

    /** The resource keys picocli looks a description up by, for every command of the command line. */
    private static Set<String> keysAskedFor() {
        Set<String> out = new TreeSet<>();
        collect(new CommandLine(new Main()), out);
        return out;
    }

    private static void collect(CommandLine cli, Set<String> out) {
        CommandSpec spec = cli.getCommandSpec();
        String prefix = spec.qualifiedName(".") + ".";
        out.add(prefix + "usage.description");
        for (OptionSpec o : spec.options()) {
            String name = o.longestName().replaceFirst("^-+", "");
            out.add(Set.of("help", "version", "lang").contains(name) ? name : prefix + name);
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            out.add(prefix + p.descriptionKey());
        }
        cli.getSubcommands().values().forEach(sub -> collect(sub, out));
    }

    @Test
    void everyDescriptionComesFromBothCatalogsAndEveryHelpKeyIsUsed() {
        Set<String> asked = keysAskedFor();
        for (Language language : Language.values()) {
            ResourceBundle bundle = HelpText.bundle(language);
            Set<String> given = new TreeSet<>(bundle.keySet());
            List<String> missing = new ArrayList<>();
            for (String key : asked) {
                if (!given.contains(key)) {
                    missing.add(key);
                }
            }
            assertEquals(List.of(), missing, language + ": no help for");
            given.removeAll(asked);
            given.removeIf(k -> k.startsWith("usage."));
            assertEquals(Set.of(), given, language + ": help keys no command has");
        }
        assertTrue(Messages.get(Language.JA, "help.check.format").contains("出力形式"));
    }
}
