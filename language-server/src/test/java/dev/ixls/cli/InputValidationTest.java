package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input that is wrong is told, once and clearly: flag values outside their set, no subcommand, a
 * missing file, settings with unknown keys or rule codes, settings that are not JSON; and help
 * comes in the user's language only.
 */
class InputValidationTest {

    @TempDir
    Path dir;

    private String config() {
        return Fixtures.path("ix/seed-article.ix").toString();
    }

    @Test
    void aLanguageOtherThanEnOrJaIsRefusedWithTheAllowedOnes() {
        CliRun run = CliRun.of("check", "--lang", "fr", config());
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("'fr'") && run.err().contains("en") && run.err().contains("ja"), run.err());
        assertEquals("", run.out());
        assertEquals(2, CliRun.of("convert", "--lang=de", Fixtures.path("aws/generic-bgp.txt").toString()).exitCode());
        assertEquals(0, CliRun.of("check", "--lang", "ja-JP", config()).exitCode(), "a Japanese tag is Japanese");
    }

    @Test
    void aFormatOutsideItsSetIsRefusedWithTheAllowedOnes() {
        for (String command : new String[] {"check", "diagnose"}) {
            CliRun run = command.equals("check") ? CliRun.of("check", "--format", "xml", config())
                    : CliRun.of("diagnose", "--format", "xml", "--commands", "--config", config());
            assertEquals(2, run.exitCode(), command);
            assertTrue(run.err().contains("text, json or sarif") && run.err().contains("'xml'"), run.err());
        }
    }

    @Test
    void noSubcommandPrintsUsageAndExitsTwo() {
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Usage: ixls") || run.err().contains("使い方: ixls"), run.err());
    }

    @Test
    void aMissingFileIsOneClearError() {
        CliRun run = CliRun.of("check", dir.resolve("nosuch.ix").toString());
        assertEquals(2, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("nosuch.ix"), run.err());
        assertFalse(run.out().contains("0 files checked"), run.out());
    }

    @Test
    void unknownSettingsAndRuleCodesAreNamed() throws Exception {
        Path settings = dir.resolve(".ixls.json");
        Files.writeString(settings, "{ \"rules\": { \"IX205\": \"off\", \"IX999\": \"off\" }, \"awsSample\": [\"x.txt\"] }");
        CliRun run = CliRun.of("check", "--config", settings.toString(), config());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("IX999"), run.err());
        assertTrue(run.err().contains("awsSample") && run.err().contains("awsSamples"), "names it and what it may mean: "
                + run.err());
        assertFalse(run.err().contains("IX205"), run.err());
    }

    @Test
    void malformedSettingsGiveFileLineAndColumn() throws Exception {
        Path settings = dir.resolve(".ixls.json");
        Files.writeString(settings, "{\n  \"rules\": {\n    \"IX205\": \"off\"\n");
        CliRun run = CliRun.of("check", "--config", settings.toString(), config());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().matches("(?s).*\\.ixls\\.json:\\d+:\\d+: .*"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void helpIsInTheUsersLanguageOnly() throws Exception {
        String english = CliProcess.run(dir, Map.of("LANG", "C"), "check", "--help").outText();
        assertTrue(english.contains("Check NEC IX configs"), english);
        assertTrue(english.chars().noneMatch(c -> c > 0x3000), "no Japanese in English help: " + english);
        String japanese = CliProcess.run(dir, Map.of("LANG", "ja_JP.UTF-8"), "check", "--help").outText();
        assertTrue(japanese.contains("NEC IX の設定をチェックします"), japanese);
        assertFalse(japanese.contains("Check NEC IX configs") || japanese.contains("Output format"), japanese);
        String top = CliProcess.run(dir, Map.of("LANG", "C"), "--help").outText();
        assertTrue(top.chars().noneMatch(c -> c > 0x3000), top);
    }
}
