package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void mapsOffsetsAndPositionsBothWays() {
        SourceText text = new SourceText("ab\r\ncd\ref\n");
        assertEquals(4, text.lineCount());
        assertEquals("cd", text.line(1));
        assertEquals(new Position(2, 1), text.positionAt(8));
        assertEquals(8, text.offsetAt(new Position(2, 1)));
    }

    @Test
    void clampsPositionsOutsideTheText() {
        SourceText text = new SourceText("abc\nde");
        assertEquals(6, text.offsetAt(new Position(9, 0)));
        assertEquals(3, text.offsetAt(new Position(0, 99)));
        assertEquals(0, text.offsetAt(new Position(-1, 5)));
    }

    @Test
    void splitsLinesLikeAPlainScanOnRandomBreaks() {
        Random random = new Random(11);
        String[] pieces = {"a", "bc", "\n", "\r", "\r\n", "\n\r", "日"};
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(10);
            for (int i = 0; i < parts; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = sb.toString();
            SourceText text = new SourceText(s);
            List<Integer> expected = plainLineStarts(s);
            assertEquals(expected.size(), text.lineCount(), s);
            for (int line = 0; line < expected.size(); line++) {
                assertEquals(expected.get(line), text.lineStart(line), s);
            }
        }
    }

    private static List<Integer> plainLineStarts(String s) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                starts.add(i + 1);
            }
        }
        return starts;
    }
}
