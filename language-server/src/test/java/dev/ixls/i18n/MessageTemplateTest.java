package dev.ixls.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessageTemplateTest {

    @Test
    void fillsNamedArguments() {
        assertEquals("Change to 'ike policy'", MessageTemplate.parse("Change to '{value}'").format(Map.of("value", "ike policy")));
    }

    @Test
    void choosesThePluralForm() {
        MessageTemplate t = MessageTemplate.parse("Made {count, plural, =0 {no changes} one {# change} other {# changes}}.");
        assertEquals("Made no changes.", t.format(Map.of("count", 0)));
        assertEquals("Made 1 change.", t.format(Map.of("count", 1)));
        assertEquals("Made 2 changes.", t.format(Map.of("count", 2)));
        assertEquals(Set.of("count"), t.argumentNames());
    }

    @Test
    void namesInsidePluralFormsAreArguments() {
        MessageTemplate t = MessageTemplate.parse("{n, plural, one {# key of {peer}} other {# keys of {peer}}}");
        assertEquals(Set.of("n", "peer"), t.argumentNames());
        assertEquals("3 keys of 192.0.2.1", t.format(Map.of("n", 3, "peer", "192.0.2.1")));
    }

    @Test
    void aMissingArgumentStaysVisibleInsteadOfFailing() {
        assertEquals("Unknown '{typed}'", MessageTemplate.parse("Unknown '{typed}'").format(Map.of()));
    }

    @Test
    void apostrophesAreOrdinaryText() {
        assertEquals("ixls's catalog", MessageTemplate.parse("ixls's {what}").format(Map.of("what", "catalog")));
    }

    @Test
    void malformedTemplatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.parse("a {b"));
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.parse("a } b"));
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.parse("{n, plural, one {x}}"));
        assertThrows(IllegalArgumentException.class, () -> MessageTemplate.parse("{n, select, a {x} other {y}}"));
    }

    @Test
    void localizedArgumentsFillEachLanguageWithItsOwnWording() {
        LocalizedText t = Messages.text("IX001.doesNotFit", "word", "x", "command", "c",
                "expected", Messages.or(java.util.List.of("a", "b", "c")));
        assertEquals("'x' does not fit 'c' as ixls's catalog knows it: it expects a or b or c here.", t.en());
        assertEquals("「x」は ixls のカタログにある「c」の形に合いません（ここで想定するのは a または b または c）。", t.ja());
    }
}
