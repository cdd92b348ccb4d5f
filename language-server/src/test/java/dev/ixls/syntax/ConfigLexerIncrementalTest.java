package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lexing a new version from the lines of an earlier one ({@link ConfigLexer#lex(SourceText,
 * SourceText, List)}) gives exactly the lines of lexing the new text whole: on every fixture,
 * after keystrokes anywhere (in words, comments, prompts, indents, Japanese text, line breaks),
 * one after another as an editor sends them, and after pastes.
 */
class ConfigLexerIncrementalTest {

    private static final String[] TYPED = {"x", " ", "\t", "!", "%", "#", "(", ")", "1", ".", "/", "-", "日", "😀",
        "\uD83D", "\r", "\n", "\r\n", "ip", "10.0.0.1", "ix01(config)# ", ""};

    private static void assertSameLines(String what, SourceText text, List<ConfigLine> expected, List<ConfigLine> actual) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            ConfigLine e = expected.get(i);
            ConfigLine a = actual.get(i);
            String where = what + " line " + i;
            assertEquals(e.index(), a.index(), where);
            assertEquals(e.kind(), a.kind(), where);
            assertEquals(e.text(), a.text(), where);
            assertEquals(text.line(i), a.text(), where);
            assertEquals(e.length(), a.length(), where);
            assertEquals(e.words(), a.words(), where);
            assertEquals(e.indent(), a.indent(), where);
            assertEquals(e.contentStart(), a.contentStart(), where);
            assertEquals(e.contentRange(), a.contentRange(), where);
        }
    }

    /** One keystroke or paste at a random place. */
    private static String edit(String text, Random random) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        int delete = random.nextInt(4) == 0 ? Math.min(text.length() - at, random.nextInt(3)) : 0;
        String typed = random.nextInt(40) == 0 ? String.join("\n", List.of("interface Tunnel9.0", "  no shutdown", "!"))
                : TYPED[random.nextInt(TYPED.length)];
        return text.substring(0, at) + typed + text.substring(at + delete);
    }

    @Test
    void theLinesOfAnEditedTextAreThoseOfLexingItWhole() throws IOException {
        int files = 0;
        int versions = 0;
        Random random = new Random(15);
        try (Stream<Path> paths = Files.walk(Fixtures.root())) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String text = TextDecoder.decode(Files.readAllBytes(file)).text();
                SourceText previous = new SourceText(text);
                List<ConfigLine> lines = ConfigLexer.lex(previous);
                for (int k = 0; k < 12; k++) {
                    text = edit(text, random);
                    SourceText now = new SourceText(text);
                    List<ConfigLine> incremental = ConfigLexer.lex(now, previous, lines);
                    assertSameLines(file + " version " + k, now, ConfigLexer.lex(now), incremental);
                    previous = now;
                    lines = incremental;
                    versions++;
                }
                files++;
            }
        }
        assertTrue(files > 50, "fixtures found: " + files);
        assertTrue(versions > 600);
    }

    @Test
    void aVersionWithManyChangedLinesIsLexedWhole() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 3 * ConfigLexer.MAX_LINES_ALONE; i++) {
            a.append("ip route 10.0.").append(i).append(".0/24 Tunnel0.0\n");
            b.append("  ip route 10.0.").append(i).append(".0/24 Tunnel1.0\n");
        }
        SourceText before = new SourceText(a.toString());
        SourceText after = new SourceText(b.toString());
        assertSameLines("formatted", after, ConfigLexer.lex(after), ConfigLexer.lex(after, before, ConfigLexer.lex(before)));
    }
}
