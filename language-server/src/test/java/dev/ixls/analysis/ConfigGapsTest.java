package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.model.IxConfig;
import dev.ixls.model.IxConfigModelBuilder;
import dev.ixls.parse.IxConfigParser;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigGapsTest {

    private static ConfigGaps gaps(String text) {
        IxConfig config = IxConfigModelBuilder.build(new IxConfigParser().parse(text));
        return ConfigGaps.of(config);
    }

    @Test
    void aPromptMakesATranscript() {
        assertTrue(gaps("ix(config)# ip route default 10.0.0.1\n").isFragment());
    }

    @Test
    void promptsAroundShowRunningConfigLeaveAWholeConfig() {
        // `show running-config` pasted with its prompts prints the whole config: nothing typed is missing.
        assertFalse(gaps("hostname ix\nix(config)#\n").isFragment());
        assertFalse(gaps("ix# show running-config\nhostname ix\nix#\n").isFragment());
    }

    @Test
    void aHashElsewhereIsNoPrompt() {
        assertFalse(gaps("hostname ix\n! see ticket #12\ninterface Tunnel0.0\n  description vpn #2\n").isFragment());
        assertFalse(gaps("hostname ix\ninterface Tunnel0.0\n  description to site 3\n").isFragment());
    }

    @Test
    void unreadLinesAndFreeTextGiveTheirWordsCommaListsInParts() {
        ConfigGaps g = gaps("""
                hostname ix
                frobnicate pol7 map3,map4
                interface Tunnel0.0
                  description to peer 52.0.0.1
                  ip address 169.254.10.2/30
                """);
        assertEquals(Set.of("frobnicate", "pol7", "map3", "map4", "to", "peer", "52.0.0.1"), g.unreadWords());
        assertTrue(g.mayMention("map4"));
        assertFalse(g.mayMention("169.254.10.2/30"));
        assertFalse(g.mayMention(null));
    }

    @Test
    void aLineDoesNotMentionWhatItselfUses() {
        // An unread line that refers to a name is not a hint that the name is defined elsewhere.
        String text = "ipsec autokey-map m1 acl-x peer 192.0.2.1 prop-y extra-word\n"
                + "interface Tunnel0.0\n  description uses acl-z\n";
        IxConfig config = IxConfigModelBuilder.build(new IxConfigParser().parse(text));
        ConfigGaps g = ConfigGaps.of(config);
        var map = config.parsed().statements().get(0);
        assertTrue(g.mayMention("acl-x"));
        assertFalse(g.mayMention("acl-x", map));
        assertTrue(g.mayMention("acl-z", map)); // named in a description elsewhere
    }
}
