package dev.ixls.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.syntax.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a line holds a key: by position, written right or wrong, and nowhere else (issue 13, issue 10 item 5). */
class SecretWordsTest {

    private final IxConfigParser parser = new IxConfigParser();

    /** The key words of the last line of {@code text}. */
    private List<String> keysOf(String text) {
        List<Statement> statements = parser.parse(text).statements();
        return statements.get(statements.size() - 1).secretWords().stream().map(Word::text).toList();
    }

    @Test
    void theCatalogsKeyPositions() {
        assertEquals(List.of("k3y-1"), keysOf("ike policy p peer 192.0.2.1 key k3y-1 prop"));
        assertEquals(List.of("k3y-2"), keysOf("ikev2 authentication psk id ipv4 192.0.2.1 key char k3y-2"));
        assertEquals(List.of("0x6b6579"), keysOf("ikev2 authentication psk id ipv4 192.0.2.1 key hex 0x6b6579"));
        assertEquals(List.of("PW1"), keysOf("username admin password plain PW1 administrator"));
        assertEquals(List.of("0C34240482"), keysOf("username admin password hash 0C34240482 administrator"));
        // The user name before a PPP password is not the password.
        assertEquals(List.of("isp-pass"), keysOf("ppp profile isp\n  authentication password user@example.jp isp-pass"));
    }

    @Test
    void keysWrittenWrongStayKeys() {
        // IKEv2's `key char` in IKEv1: the catalog's key is "char"; the word after it is a key too.
        assertEquals(List.of("char", "SECRET"), keysOf("ike policy p8 peer 1.2.3.11 key char SECRET prop"));
        assertEquals(List.of("SECRET"), keysOf("ike policy p9 peer 1.2.3.12 kye SECRET prop"));
        assertEquals(List.of("S3CR3T"), keysOf("ike policy p10 peer 1.2.3.13 S3CR3T prop"));
        assertEquals(List.of("Secret"), keysOf("ike policy p10 peer 1.2.3.13 Secret prop"), "a key spelling a keyword");
        assertEquals(List.of("SECRET"), keysOf("ike polcy p11 peer 1.2.3.14 key SECRET prop"));
        assertEquals(List.of("SECRET"), keysOf("ikev2 authentication psk id ipv4 192.0.2.1 kye char SECRET"));
        assertEquals(List.of("SECRET"), keysOf("ikev2 authentication psk id ipv4 192.0.2.1 key chr SECRET"));
        assertEquals(List.of("SECRET"), keysOf("username oper pasword plain SECRET operator"));
        assertEquals(List.of("SECRET"), keysOf("interface GigaEthernet0.0\n  ikev2 authentication psk id ipv4 1.1.1.1 kye char SECRET"));
    }

    @Test
    void aKeyWhereANameGoesIsHiddenFromTheModel() {
        Statement s = parser.parse("ike policy p8 peer 1.2.3.11 key char SECRET prop").statements().get(0);
        assertEquals(null, s.arg("proposals"), "SECRET is not a proposal name");
        assertTrue(s.hides(s.line().words().get(7)));
        assertEquals("char", s.arg("key"), "the key argument itself is read (the model masks it)");
        assertEquals("********", s.shown(s.line().words().get(7)));
        assertEquals("peer", s.shown(s.line().words().get(3)));
    }

    @Test
    void aUserNameAndAPrivilegeLevelAreNotThePassword() {
        // The catalog's syntax since issue 10: username <user> password <plain|hash> [<level:0|1>] <password> [...]
        assertEquals(List.of("PW"), keysOf("username admin password plain 1 PW administrator"));
        assertEquals(List.of("Viewer2025"), keysOf("username viewer password plain 0 Viewer2025 operator"));
        assertEquals(List.of("4fA9c2E7b1D0e8F3a5B6c7D8e9@"),
                keysOf("username admin password hash 4fA9c2E7b1D0e8F3a5B6c7D8e9@ administrator"));
        assertEquals(List.of("1"), keysOf("username admin password plain 1"), "a password of one character");
        assertEquals(List.of("Wb7Qm2Lx9Pz4Rt6N"), keysOf("http-server username webadmin secret-password Wb7Qm2Lx9Pz4Rt6N"));
        // A line the catalog cannot read (a typo of `password`) still masks the password, not the level.
        assertEquals(List.of("PW"), keysOf("username admin pasword plain 0 PW"));
        assertEquals(List.of("PW"), keysOf("username admin pasword plain 1 PW operator"));
        Statement s = parser.parse("username admin password plain 1 PW administrator").statements().get(0);
        List<Word> w = s.line().words();
        assertEquals("admin", s.shown(w.get(1)), "the user name is shown");
        assertEquals("1", s.shown(w.get(4)), "the level is shown");
        assertEquals(SecretWords.MASK, s.shown(w.get(5)));
        assertEquals("admin", s.arg("user"));
    }

    @Test
    void freeTextMasksTheWordAfterAKeyWordKeepingItsSpacing() {
        assertEquals("ike policy p peer 192.0.2.1 key ******** prop",
                SecretWords.masked("ike policy p peer 192.0.2.1 key S3cret prop"));
        assertEquals("  username a password plain 1 ********  operator",
                SecretWords.masked("  username a password plain 1 PW  operator"));
        assertEquals("key char ********", SecretWords.masked("key char SECRET"));
        String output = "IKE SA: state is established, ph1 hash err: 0, Key policy map name is ipsec-map1";
        assertEquals(output, SecretWords.masked(output), "router output without a key is left alone");
    }

    @Test
    void onlyThePositionIsMaskedNeverTheSameTextElsewhere() {
        List<Statement> st = parser.parse("username admin password plain 0 1\ninterface Tunnel0.1\n  ip address 192.0.2.1/30")
                .statements();
        assertEquals(List.of("1"), st.get(0).secretWords().stream().map(Word::text).toList());
        assertTrue(st.get(1).secretWords().isEmpty() && st.get(2).secretWords().isEmpty());
        assertFalse(st.get(2).shown(st.get(2).line().words().get(2)).contains("*"));
    }

    @Test
    void nearTyposOfKeyWords() {
        for (String w : List.of("kye", "ky", "kee", "keys", "pasword", "passwd", "secert")) {
            assertTrue(SecretWords.nearKeyWord(w), w);
        }
        // Capitals: IX keywords are typed in lower case, keys are not ("Secret", "KEY").
        for (String w : List.of("key", "hex", "peer", "mode", "proposal", "passive", "any", "KEY", "Secret")) {
            assertFalse(SecretWords.nearKeyWord(w), w);
        }
    }
}
