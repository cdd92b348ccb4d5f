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
    void onlyThePositionIsMaskedNeverTheSameTextElsewhere() {
        List<Statement> st = parser.parse("username admin password plain 1 PW\ninterface Tunnel0.1\n  ip address 192.0.2.1/30")
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
