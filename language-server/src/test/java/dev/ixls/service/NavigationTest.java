package dev.ixls.service;

import static dev.ixls.assertions.EditAssertions.assertEditsGive;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.analysis.TextEdit;
import dev.ixls.assertions.Marked;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.syntax.Range;
import java.util.List;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static final String CONFIG = """
            ip access-list sec-list permit ip src any dest any
            ike proposal ike-prop encryption aes hash sha group 1024-bit
            ike policy ike-policy1 peer 18.182.91.31 key k1 ike-prop
            ike policy ike-policy2 peer 52.198.204.130 key k2 ike-prop,default
            ike keepalive ike-policy1 10 10
            ipsec autokey-proposal ipsec-prop esp-aes esp-sha
            ipsec autokey-map ipsec-map1 sec-list peer 18.182.91.31 ipsec-prop
            interface Tunnel0.0
              ipsec policy tunnel ipsec-map1 out
            """;

    private final IxLanguageService service = new IxLanguageService();

    private IxConfig config(Marked m) {
        return service.model(m.text());
    }

    private Marked at(String needle, int offsetInNeedle) {
        int i = CONFIG.indexOf(needle);
        return Marked.of(CONFIG.substring(0, i + offsetInNeedle) + "|" + CONFIG.substring(i + offsetInNeedle));
    }

    /** Where {@code needle} stands on a line of the config (its first occurrence there). */
    private static Range on(int line, String needle) {
        String text = CONFIG.split("\n")[line];
        int at = text.indexOf(needle);
        return Range.onLine(line, at, at + needle.length());
    }

    @Test
    void definitionOfAReference() {
        Marked m = at("ike-prop,default", 3);
        List<Range> defs = service.navigation().definition(config(m), m.cursor());
        assertEquals(List.of(on(1, "ike-prop")), defs);
    }

    @Test
    void referencesWithAndWithoutTheDeclaration() {
        Marked m = at("ike-prop encryption", 2);
        IxConfig c = config(m);
        assertEquals(3, service.navigation().references(c, m.cursor(), true).size());
        assertEquals(List.of(on(2, "ike-prop"), on(3, "ike-prop")),
                service.navigation().references(c, m.cursor(), false));
    }

    @Test
    void highlightsMarkWritesAndReads() {
        Marked m = at("ike-policy1 10", 0);
        var highlights = service.navigation().highlights(config(m), m.cursor());
        assertEquals(2, highlights.size());
        assertEquals(Navigation.HighlightKind.WRITE, highlights.get(0).kind());
        assertEquals(Navigation.HighlightKind.READ, highlights.get(1).kind());
    }

    @Test
    void highlightingAnAddressMarksEveryUse() {
        Marked m = at("18.182.91.31 key", 4);
        var highlights = service.navigation().highlights(config(m), m.cursor());
        assertEquals(List.of(Navigation.HighlightKind.TEXT, Navigation.HighlightKind.TEXT),
                highlights.stream().map(Navigation.Highlight::kind).toList());
    }

    @Test
    void renameChangesTheDefinitionAndEveryReference() {
        Marked m = at("ike-prop,default", 0);
        IxConfig c = config(m);
        assertEquals(on(3, "ike-prop"), service.navigation().prepareRename(c, m.cursor()));
        List<TextEdit> edits = service.navigation().rename(c, m.cursor(), "aws-ike");
        assertEquals(3, edits.size());
        assertEditsGive(m.text(), edits, m.text().replace("ike-prop", "aws-ike"));
    }

    @Test
    void prepareRenameRefusesWhatCannotBeRenamed() {
        IxConfig c;
        Marked keyword = at("keepalive", 2);
        c = config(keyword);
        assertThrows(Navigation.RenameRefused.class, () -> service.navigation().prepareRename(config(keyword),
                keyword.cursor()));
        Marked builtIn = at("default", 2);
        var refused = assertThrows(Navigation.RenameRefused.class,
                () -> service.navigation().prepareRename(config(builtIn), builtIn.cursor()));
        assertEquals("'default' is built into the router; it cannot be renamed.", refused.reason().en());
        assertEquals("「default」はルータ組み込みの名前なので変更できません。", refused.reason().ja());
        Marked iface = at("Tunnel0.0", 3);
        var ifaceRefused = assertThrows(Navigation.RenameRefused.class,
                () -> service.navigation().prepareRename(config(iface), iface.cursor()));
        assertEquals(Messages.text("rename.interface"), ifaceRefused.reason());
        Marked address = at("18.182.91.31 key", 1);
        assertThrows(Navigation.RenameRefused.class,
                () -> service.navigation().prepareRename(config(address), address.cursor()));
        assertTrue(c.symbols().names("ike-policy").contains("ike-policy1"));
    }

    @Test
    void renameRefusesClashesAndInvalidNames() {
        Marked m = at("ike-policy1 10", 0);
        IxConfig c = config(m);
        var clash = assertThrows(Navigation.RenameRefused.class,
                () -> service.navigation().rename(c, m.cursor(), "ike-policy2"));
        assertEquals("IKE policy 'ike-policy2' already exists.", clash.reason().en());
        assertThrows(Navigation.RenameRefused.class, () -> service.navigation().rename(c, m.cursor(), "two words"));
        assertThrows(Navigation.RenameRefused.class, () -> service.navigation().rename(c, m.cursor(), "a,b"));
        assertThrows(Navigation.RenameRefused.class, () -> service.navigation().rename(c, m.cursor(), ""));
    }
}
