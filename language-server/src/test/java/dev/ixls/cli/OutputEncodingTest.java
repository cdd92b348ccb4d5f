package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever the locale (C/POSIX as in many CI containers, or a Japanese one that is not installed),
 * ixls writes UTF-8: on stdout, on stderr and in every file; Japanese is never turned into '?'.
 * The default language follows LC_ALL, LC_MESSAGES and LANG when they name Japanese.
 */
class OutputEncodingTest {

    private static final String JAPANESE = "正しいプレフィックスではありません";

    @TempDir
    Path dir;

    private Path bad() throws Exception {
        Path p = dir.resolve("bad.ix");
        Files.writeString(p, "interface Tunnel0.0\n  ip address 169.254.300.2/30\n");
        return p;
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 fails. */
    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "sarif"})
    void japaneseIsUtf8InEveryFormatUnderTheCLocale(String format) throws Exception {
        CliProcess run = CliProcess.run(dir, Map.of("LANG", "C", "LC_ALL", "C"), "check", "--lang", "ja", "--format",
                format, bad().toString());
        String out = utf8(run.out());
        assertTrue(out.contains(JAPANESE), out);
        assertFalse(out.contains("??"), out);
    }

    @Test
    void anUninstalledJapaneseLocaleGivesJapaneseInUtf8() throws Exception {
        CliProcess run = CliProcess.run(dir, Map.of("LC_ALL", "ja_JP.UTF-8"), "check", bad().toString());
        String out = utf8(run.out());
        assertTrue(out.contains(JAPANESE), out);
    }

    @Test
    void anEnglishOrCLocaleGivesEnglish() throws Exception {
        assertTrue(utf8(CliProcess.run(dir, Map.of("LANG", "C"), "check", bad().toString()).out())
                .contains("is not a valid prefix"));
        assertTrue(utf8(CliProcess.run(dir, Map.of("LANG", "en_US.UTF-8", "LC_MESSAGES", "ja_JP.UTF-8"), "check",
                bad().toString()).out()).contains(JAPANESE), "LC_MESSAGES before LANG");
        assertTrue(utf8(CliProcess.run(dir, Map.of("LC_ALL", "C", "LANG", "ja_JP.UTF-8"), "check",
                bad().toString()).out()).contains("is not a valid prefix"), "LC_ALL before LANG");
    }

    @Test
    void stderrAndWrittenFilesAreUtf8Too() throws Exception {
        // File names stay ASCII: under C the JVM itself cannot name a file in Japanese.
        Path sample = dir.resolve("sample.txt");
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), sample);
        Path out = dir.resolve("router.ix");
        CliProcess run = CliProcess.run(dir, Map.of("LANG", "C", "LC_ALL", "C"), "convert", "--lang", "ja",
                sample.toString(), "-o", out.toString(), "--advertise", "192.168.1.0/24");
        assertEquals(0, run.exitCode(), utf8(run.err()));
        assertTrue(utf8(run.err()).contains("注記"), "the converter's notes on stderr: " + utf8(run.err()));
        String written = utf8(Files.readAllBytes(out));
        assertTrue(written.contains("ike policy"), written);
        CliProcess missing = CliProcess.run(dir, Map.of("LANG", "C", "LC_ALL", "C"), "check", "--lang", "ja",
                dir.resolve("missing.ix").toString());
        String err = utf8(missing.err());
        assertTrue(err.chars().anyMatch(c -> c > 0x3000), "a Japanese error on stderr: " + err);
    }
}
