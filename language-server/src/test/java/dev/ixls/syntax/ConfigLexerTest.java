package dev.ixls.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigLexerTest {

    private static List<ConfigLine> lex(String text) {
        return ConfigLexer.lex(new SourceText(text));
    }

    @Test
    void classifiesLinesAndWords() {
        List<ConfigLine> lines = lex("! comment\n\ninterface Tunnel0.0\n  ip address 169.254.1.2/30\n  ip mtu 1400\n");
        assertEquals(6, lines.size());
        assertEquals(LineKind.COMMENT, lines.get(0).kind());
        assertEquals(LineKind.BLANK, lines.get(1).kind());
        assertEquals(LineKind.COMMAND, lines.get(2).kind());
        Word prefix = lines.get(3).words().get(2);
        assertEquals("169.254.1.2/30", prefix.text());
        assertEquals(WordKind.IPV4_PREFIX, prefix.kind());
        assertEquals(2, lines.get(3).indent());
        assertEquals(WordKind.NUMBER, lines.get(4).words().get(2).kind());
        assertEquals(WordKind.WORD, lines.get(2).words().get(1).kind());
    }

    @Test
    void acceptsCrlfLoneCrAndTabs() {
        List<ConfigLine> lines = lex("hostname a\r\n\tno shutdown\rip route default 192.0.2.1");
        assertEquals(3, lines.size());
        assertEquals(List.of("no", "shutdown"), lines.get(1).words().stream().map(Word::text).toList());
        assertEquals(1, lines.get(1).indent());
        assertEquals(2, lines.get(2).index());
        assertEquals(WordKind.IPV4, lines.get(2).words().get(3).kind());
    }

    @Test
    void bangInsideACommandIsNotAComment() {
        ConfigLine line = lex("  description link!to!aws").get(0);
        assertEquals(LineKind.COMMAND, line.kind());
        assertEquals("link!to!aws", line.words().get(1).text());
    }

    @Test
    void columnsCountUtf16UnitsAcrossJapaneseAndEmoji() {
        // "説明" is two BMP characters; the emoji is a surrogate pair (two UTF-16 units).
        ConfigLine line = lex("description 説明😀 x").get(0);
        Word x = line.words().get(2);
        assertEquals("x", x.text());
        assertEquals("description ".length() + 2 + 2 + 1, x.start());
    }

    @Test
    void pastedPromptsAndDeviceMessages() {
        List<ConfigLine> lines = lex("ix01(config-GigaEthernet1.2)# ip address 10.0.0.1/24\nRouter(config)#\n% Invalid command.\n");
        assertEquals(LineKind.COMMAND, lines.get(0).kind());
        assertEquals("ip", lines.get(0).words().get(0).text());
        assertEquals(LineKind.PROMPT, lines.get(1).kind());
        assertEquals(LineKind.DEVICE_MESSAGE, lines.get(2).kind());
    }

    @Test
    void runningConfigHeaderIsNotACommand() {
        List<ConfigLine> lines = lex("Using 2843 out of 524288 bytes\n!\nhostname x\n");
        assertEquals(LineKind.HEADER, lines.get(0).kind());
        assertTrue(lines.get(0).words().isEmpty());
        assertEquals(LineKind.COMMAND, lines.get(2).kind());
    }

    @Test
    void consoleLinesOfATranscriptAreNotCommands() {
        List<ConfigLine> lines = lex("router(config)# show running-config\nUsing 2843 out of 524288 bytes\n"
                + "Current configuration:\nhostname x\nrouter(config)# write memory\nshow ip route\n"
                + "Current configuration : 1523 bytes\nBuilding configuration...\n");
        assertEquals(LineKind.CONSOLE, lines.get(0).kind());
        assertTrue(lines.get(0).words().isEmpty());
        assertEquals(LineKind.HEADER, lines.get(1).kind());
        assertEquals(LineKind.HEADER, lines.get(2).kind());
        assertEquals(LineKind.COMMAND, lines.get(3).kind());
        assertEquals(LineKind.CONSOLE, lines.get(4).kind());
        // Without a prompt a `show` line may be a typo of a command: the parser reports it.
        assertEquals(LineKind.COMMAND, lines.get(5).kind());
        assertEquals(LineKind.HEADER, lines.get(6).kind());
        assertEquals(LineKind.HEADER, lines.get(7).kind());
    }

    @Test
    void survivesBinaryJunkAndHugeLines() {
        assertEquals(1, lex("").size());
        String junk = "\u0001\u0002\uFFFD\u0000abc \u0007";
        assertEquals(LineKind.COMMAND, lex(junk).get(0).kind());
        String huge = "x".repeat(10 * 1024 * 1024);
        List<ConfigLine> lines = lex(huge);
        assertEquals(1, lines.size());
        assertEquals(huge.length(), lines.get(0).words().get(0).end());
    }
}
