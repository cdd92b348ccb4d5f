package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTextsTest {

    private static WordTexts of(String text) {
        return new WordTexts(text, text.toCharArray());
    }

    @Test
    void repeatedWordsShareOneInstance() {
        String text = "ip address 10.0.0.1/24\nip address 10.0.0.2/24\n";
        WordTexts texts = of(text);
        int line2 = text.indexOf('\n') + 1;
        String first = texts.of(0, 2);
        String second = texts.of(line2, line2 + 2);
        assertEquals("ip", first);
        assertSame(first, second);
        assertEquals("address", texts.of(3, 10));
        assertSame(texts.of(3, 10), texts.of(line2 + 3, line2 + 10));
    }

    @Test
    void differentWordsWithTheSameLengthStayApart() {
        String text = "pol1 pol2 pol1";
        WordTexts texts = of(text);
        assertEquals("pol1", texts.of(0, 4));
        assertEquals("pol2", texts.of(5, 9));
        assertSame(texts.of(0, 4), texts.of(10, 14));
    }

    @Test
    void japaneseWordsKeepTheirText() {
        String text = "description 拠点A 拠点A";
        WordTexts texts = of(text);
        String a = texts.of(12, 15);
        assertEquals("拠点A", a);
        assertSame(a, texts.of(16, 19));
    }

    @Test
    void longWordsAreNotShared() {
        String key = "k".repeat(WordTexts.MAX_LENGTH + 1);
        String text = key + " " + key;
        WordTexts texts = of(text);
        String a = texts.of(0, key.length());
        String b = texts.of(key.length() + 1, text.length());
        assertEquals(key, a);
        assertEquals(key, b);
        assertNotSame(a, b);
    }

    @Test
    void everyTextEqualsItsSubstringPastTheTableLimit() {
        // More distinct words than the table holds: the texts stay right after it stops growing.
        StringBuilder sb = new StringBuilder();
        Random random = new Random(7);
        int words = WordTexts.MAX_SLOTS + 5_000;
        int[] starts = new int[words * 2];
        int[] ends = new int[words * 2];
        for (int i = 0; i < words * 2; i++) {
            starts[i] = sb.length();
            sb.append('w').append(i < words ? i : random.nextInt(words));
            ends[i] = sb.length();
            sb.append(' ');
        }
        String text = sb.toString();
        WordTexts texts = of(text);
        for (int i = 0; i < starts.length; i++) {
            assertEquals(text.substring(starts[i], ends[i]), texts.of(starts[i], ends[i]));
        }
    }
}
