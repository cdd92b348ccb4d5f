package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every command, option and parameter has its help in both catalogs, and every help key names one. */
class HelpTextTest {

    @Test
    void everyDescriptionComesFromBothCatalogsAndEveryHelpKeyIsUsed() {
        Set<String> asked = HelpText.keysAskedFor(Main.syntaxes());
        for (Language language : Language.values()) {
            Set<String> given = new TreeSet<>();
            for (String key : Messages.catalog(language).keySet()) {
                if (key.startsWith(HelpText.PREFIX)) {
                    given.add(key);
                }
            }
            List<String> missing = new ArrayList<>();
            for (String key : asked) {
                if (!given.contains(key)) {
                    missing.add(key);
                }
            }
            assertEquals(List.of(), missing, language + ": no help for");
            given.removeAll(asked);
            given.removeIf(k -> k.matches("help\\.(\\w+\\.)?exitCodes\\.\\d+"));
            assertEquals(Set.of(), given, language + ": help keys no command has");
        }
        assertTrue(Messages.get(Language.JA, "help.check.format").contains("出力形式"));
    }

    @Test
    void aCommandsHelpNamesEveryOptionInOneLanguage() {
        for (CommandSyntax syntax : Main.syntaxes()) {
            StringWriter english = new StringWriter();
            Arguments.help(syntax, new HelpText(Language.EN), new PrintWriter(english));
            StringWriter japanese = new StringWriter();
            Arguments.help(syntax, new HelpText(Language.JA), new PrintWriter(japanese));
            for (CommandSyntax.Option o : syntax.options()) {
                assertTrue(english.toString().contains(o.names().get(o.names().size() - 1)), english.toString());
                assertTrue(japanese.toString().contains(o.names().get(o.names().size() - 1)), japanese.toString());
            }
            assertTrue(english.toString().startsWith("Usage: ixls " + syntax.name()), english.toString());
            assertTrue(japanese.toString().startsWith("使い方: ixls " + syntax.name()), japanese.toString());
            assertTrue(english.toString().chars().noneMatch(c -> c > 0x3000), english.toString());
            assertTrue(japanese.toString().contains(Messages.get(Language.JA, HelpText.descriptionKey(syntax))));
        }
    }
}
