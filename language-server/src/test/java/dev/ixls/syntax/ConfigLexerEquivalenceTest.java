package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.Fixtures;
import dev.ixls.grammar.IxConfigLexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ANTLRInputStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/**
 * {@link ConfigLexer} reads the text through tricks (folded non-ASCII characters, one reused token,
 * line text cut on demand). Here it must give exactly what the plain way of running the same
 * generated lexer gives: a stock input stream, a CommonToken per token, token text, eager lines.
 */
class ConfigLexerEquivalenceTest {

    @Test
    void agreesWithThePlainAntlrReadingOnEveryFixture() throws IOException {
        int files = 0;
        try (Stream<Path> paths = Files.walk(Fixtures.root())) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String text = TextDecoder.decode(Files.readAllBytes(file)).text();
                assertSameLines(file.toString(), text);
                files++;
            }
        }
        assertEquals(true, files > 50, "fixtures found: " + files);
    }

    @Test
    void agreesWithThePlainAntlrReadingOnRandomText() {
        String[] pieces = {" ", "\t", "\f", "\u000B", "\r", "\n", "\r\n", "!", "%", "#", "(", ")", "ix01", "1", "42",
            "192.168.0.1", "10.0.0.0/8", "1.2.3", "/", ".", "-", "_", "日本", "😀", "\uD83D", "\uFFFD", "\u0000", "a", "~",
            "?", "é", "\u0080", "Using", "out", "of", "bytes", "(config)", "\u3000", "\u00A0"};
        Random random = new Random(5);
        for (int n = 0; n < 20000; n++) {
            StringBuilder sb = new StringBuilder();
            int parts = random.nextInt(14);
            for (int i = 0; i < parts; i++) {
                sb.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameLines(sb.toString(), sb.toString());
        }
    }

    private static void assertSameLines(String name, String text) {
        List<String> expected = describe(plainLex(new SourceText(text)));
        List<String> actual = describe(ConfigLexer.lex(new SourceText(text)));
        assertEquals(expected, actual, name);
    }

    private static List<String> describe(List<ConfigLine> lines) {
        List<String> out = new ArrayList<>();
        for (ConfigLine l : lines) {
            out.add(l.index() + "|" + l.kind() + "|" + l.text() + "|" + l.length() + "|" + l.words() + "|" + l.indent()
                    + "|" + l.contentStart() + "|" + l.range() + "|" + l.contentRange());
        }
        return out;
    }

    /** The straightforward reading: what ConfigLexer did before it was made fast. */
    @SuppressWarnings("deprecation")
    private static List<ConfigLine> plainLex(SourceText source) {
        IxConfigLexer lexer = new IxConfigLexer(new ANTLRInputStream(source.text()));
        lexer.removeErrorListeners();
        List<ConfigLine> lines = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        int contentStart = -1;
        LineKind kind = LineKind.BLANK;
        for (Token t = lexer.nextToken(); ; t = lexer.nextToken()) {
            int type = t.getType();
            if (type == Token.EOF || type == IxConfigLexer.NEWLINE || type == IxConfigLexer.IN_LINE_NEWLINE) {
                String text = source.line(line);
                if (kind == LineKind.COMMAND) {
                    kind = ConsoleText.classify(kind, words, words.get(0).start() > contentStart);
                    if (kind != LineKind.COMMAND) {
                        words.clear();
                    }
                }
                int indent = text.length() - text.replaceFirst("^[ \\t\\f\\u000B]+", "").length();
                lines.add(new ConfigLine(line, kind, text, List.copyOf(words), indent,
                        contentStart < 0 ? text.length() : contentStart));
                if (type == Token.EOF) {
                    return lines;
                }
                line++;
                lineStart = t.getStopIndex() + 1;
                words.clear();
                contentStart = -1;
                kind = LineKind.BLANK;
                continue;
            }
            int column = t.getStartIndex() - lineStart;
            switch (type) {
                case IxConfigLexer.SPACE, IxConfigLexer.LEADING_SPACE -> { }
                case IxConfigLexer.COMMENT, IxConfigLexer.DEVICE_MESSAGE, IxConfigLexer.PROMPT -> {
                    kind = type == IxConfigLexer.COMMENT ? LineKind.COMMENT
                            : type == IxConfigLexer.PROMPT ? LineKind.PROMPT : LineKind.DEVICE_MESSAGE;
                    contentStart = column;
                }
                default -> {
                    if (contentStart < 0) {
                        contentStart = column;
                    }
                    kind = LineKind.COMMAND;
                    WordKind wordKind = switch (type) {
                        case IxConfigLexer.IPV4, IxConfigLexer.FIRST_IPV4 -> WordKind.IPV4;
                        case IxConfigLexer.IPV4_PREFIX, IxConfigLexer.FIRST_IPV4_PREFIX -> WordKind.IPV4_PREFIX;
                        case IxConfigLexer.NUMBER, IxConfigLexer.FIRST_NUMBER -> WordKind.NUMBER;
                        default -> WordKind.WORD;
                    };
                    words.add(new Word(t.getText(), wordKind, line, column, t.getStopIndex() - lineStart + 1));
                }
            }
        }
    }
}
