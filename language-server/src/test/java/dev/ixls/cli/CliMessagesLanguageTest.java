package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's own messages (usage errors, and what check, convert, diagnose and archive say
 * on stderr) come in the language of the command line: {@code --lang}, else the environment; none
 * is left in English only.
 */
class CliMessagesLanguageTest {

    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    @TempDir
    Path dir;

    private static String config() {
        return Fixtures.path("ix/seed-article.ix").toString();
    }

    private static String sample() {
        return Fixtures.path("aws/generic-bgp.txt").toString();
    }

    @Test
    void aUsageErrorFollowsLangWhereverItStands() {
        CliRun ja = CliRun.of("check", "--bogus", config(), "--lang", "ja");
        assertEquals(2, ja.exitCode());
        assertEquals(List.of("不明なオプションです: 「--bogus」", "詳しくは「ixls check --help」を参照してください。"),
                ja.err().lines().toList());

        CliRun en = CliRun.of("check", "--bogus", config(), "--lang", "en");
        assertEquals(2, en.exitCode());
        assertEquals(List.of("Unknown option: '--bogus'", "Try 'ixls check --help' for more information."),
                en.err().lines().toList());
    }

    @Test
    void aCommandErrorFollowsLang() {
        String missing = dir.resolve("nosuch.txt").toString();
        CliRun ja = CliRun.of("convert", missing, "--lang", "ja");
        assertEquals(2, ja.exitCode());
        assertEquals("ixls convert: " + missing + " を読めません: ファイルがありません", ja.err().strip());

        CliRun en = CliRun.of("convert", missing, "--lang", "en");
        assertEquals(2, en.exitCode());
        assertEquals("ixls convert: cannot read " + missing + ": no such file", en.err().strip());
    }

    @Test
    void whyAFileCannotBeReadFollowsLang() {
        // The reason inside "cannot read PATH: REASON" is worded too, not only the sentence around it.
        String missing = dir.resolve("nosuch.txt").toString();
        CliRun ja = CliRun.of("check", "--aws-sample", missing, config(), "--lang", "ja");
        assertEquals(2, ja.exitCode());
        assertEquals("ixls check: AWS サンプル " + missing + " を読めません: ファイルがありません", ja.err().strip());
        CliRun en = CliRun.of("diagnose", "--commands", "--config", missing, "--lang", "en");
        assertEquals(2, en.exitCode());
        assertEquals("ixls diagnose: cannot read config " + missing + ": no such file", en.err().strip());
    }

    @Test
    void aBinarySampleIsNamedInTheLanguageOfLang() throws IOException {
        Path binary = dir.resolve("sample.bin");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0x7f, 0, 5, 6, 7, 0});
        CliRun ja = CliRun.of("check", "--aws-sample", binary.toString(), config(), "--lang", "ja");
        assertEquals(2, ja.exitCode());
        assertEquals("ixls check: AWS サンプル " + binary + " を読めません: バイナリファイルです", ja.err().strip());
        CliRun jaDiagnose = CliRun.of("diagnose", "--commands", "--aws-sample", binary.toString(), "--lang", "ja");
        assertEquals("ixls diagnose: AWS サンプル " + binary + " を読めません: バイナリファイルです", jaDiagnose.err().strip());
        CliRun en = CliRun.of("check", "--aws-sample", binary.toString(), config(), "--lang", "en");
        assertEquals(2, en.exitCode());
        assertEquals("ixls check: cannot read AWS sample " + binary + ": binary file", en.err().strip());
    }

    @Test
    void aMalformedSampleIsExplainedInTheLanguageOfLang() {
        String json = Fixtures.path("aws/bad/truncated.json").toString();
        CliRun ja = CliRun.of("convert", json, "--lang", "ja");
        assertEquals(1, ja.exitCode());
        assertTrue(ja.err().strip().startsWith("ixls convert: " + json + ": "), ja.err());
        assertTrue(ja.err().contains("JSON の形式が") && ja.err().contains("途中で切れていませんか？"), ja.err());
        CliRun en = CliRun.of("convert", json, "--lang", "en");
        assertEquals(1, en.exitCode());
        assertTrue(en.err().contains("the JSON is not well-formed") && en.err().contains("(truncated?)"), en.err());
        assertFalse(JAPANESE.matcher(en.err()).find(), en.err());

        String prose = Fixtures.path("aws/bad/prose.txt").toString();
        CliRun jaProse = CliRun.of("convert", prose, "--lang", "ja");
        assertTrue(jaProse.err().contains("。ixls が読める形式: Cisco IOS"), jaProse.err());
        CliRun enProse = CliRun.of("convert", prose, "--lang", "en");
        assertTrue(enProse.err().contains("; ixls reads: Cisco IOS"), enProse.err());

        String xml = Fixtures.path("aws/bad/truncated.xml").toString();
        CliRun jaCheck = CliRun.of("check", "--aws-sample", xml, config(), "--lang", "ja");
        assertEquals(2, jaCheck.exitCode());
        assertTrue(jaCheck.err().contains("XML の形式が"), jaCheck.err());
        CliRun jaDiagnose = CliRun.of("diagnose", "--commands", "--aws-sample", xml, "--lang", "ja");
        assertTrue(jaDiagnose.err().contains("XML の形式が"), jaDiagnose.err());
        CliRun enDiagnose = CliRun.of("diagnose", "--commands", "--aws-sample", xml, "--lang", "en");
        assertTrue(enDiagnose.err().contains("the XML is not well-formed"), enDiagnose.err());
    }

    @Test
    void aSampleThatIsNoneIsExplainedInJapaneseInTheReport() {
        // A file a folder walk takes for a sample but cannot read: its finding (IX000) carries the
        // reader's reason, in the report's language.
        String prose = Fixtures.path("aws/bad/truncated.json").toString();
        CliRun ja = CliRun.of("check", prose, "--lang", "ja");
        assertTrue(ja.out().contains("JSON の形式が"), ja.out());
        CliRun en = CliRun.of("check", prose, "--lang", "en");
        assertTrue(en.out().contains("the JSON is not well-formed"), en.out());
    }

    @Test
    void theEnvironmentChoosesWhenNoLangIsGiven() throws IOException, InterruptedException {
        CliProcess ja = CliProcess.run(dir, Map.of("LANG", "ja_JP.UTF-8"), "frobnicate");
        assertEquals(2, ja.exitCode());
        assertEquals(List.of("不明なコマンドです: 「frobnicate」（コマンド: convert, check, diagnose, lsp, archive）",
                "詳しくは「ixls --help」を参照してください。"), ja.errText().lines().toList());
        CliProcess en = CliProcess.run(dir, Map.of(), "frobnicate");
        assertEquals(List.of("Unknown command: 'frobnicate' (commands: convert, check, diagnose, lsp, archive)",
                "Try 'ixls --help' for more information."), en.errText().lines().toList());

        CliProcess jaCommand = CliProcess.run(dir, Map.of("LANG", "ja_JP.UTF-8"), "diagnose");
        assertEquals(2, jaCommand.exitCode());
        assertEquals("ixls diagnose: TRANSCRIPT ファイルを指定してください（または --commands --config FILE）",
                jaCommand.errText().strip());
        CliProcess enCommand = CliProcess.run(dir, Map.of(), "diagnose");
        assertEquals("ixls diagnose: give a TRANSCRIPT file (or --commands --config FILE)", enCommand.errText().strip());
    }

    @Test
    void aLangTheCommandRefusesIsToldInTheEnvironmentsLanguage() throws IOException, InterruptedException {
        // --lang fr names no language: the message follows the environment.
        CliProcess ja = CliProcess.run(dir, Map.of("LANG", "ja_JP.UTF-8"), "check", "--lang", "fr", config());
        assertEquals(2, ja.exitCode());
        assertTrue(ja.errText().startsWith("オプション「--lang」の値が正しくありません: en または ja を指定してください（「fr」は使えません）"),
                ja.errText());
        CliProcess archive = CliProcess.run(dir, Map.of("LANG", "ja_JP.UTF-8"), "archive");
        assertEquals("ixls archive: アーカイブの PATH を指定してください", archive.errText().strip());
    }

    @Test
    void everyMessageOfAWrongCommandLineIsJapaneseUnderJapaneseAndEnglishOtherwise() throws IOException {
        List<List<String>> lines = wrongCommandLines();
        for (List<String> line : lines) {
            // --lang right after the command, so that no wrong option takes it as its value.
            List<String> ja = new ArrayList<>(line);
            ja.addAll(1, List.of("--lang", "ja"));
            CliRun run = CliRun.of(ja.toArray(String[]::new));
            assertFalse(run.err().isBlank(), "says nothing: " + ja);
            for (String message : run.err().lines().toList()) {
                assertTrue(JAPANESE.matcher(message).find(), ja + " said in English only: " + message);
            }
            List<String> en = new ArrayList<>(line);
            en.addAll(1, List.of("--lang", "en"));
            CliRun english = CliRun.of(en.toArray(String[]::new));
            assertEquals(run.exitCode(), english.exitCode(), String.join(" ", line));
            assertFalse(JAPANESE.matcher(english.err()).find(), en + " said in Japanese: " + english.err());
        }
    }

    @Test
    void theWrittenLineCountsTunnelsWithAPlural() throws IOException {
        Path out = dir.resolve("out.ix");
        CliRun en = CliRun.of("convert", sample(), "--advertise", "192.168.1.0/24", "-o", out.toString(), "--lang", "en");
        assertTrue(en.err().contains("ixls convert: wrote " + out + " ("), en.err());
        assertTrue(en.err().contains(", 2 tunnels)"), en.err());
        Files.delete(out);
        CliRun ja = CliRun.of("convert", sample(), "--advertise", "192.168.1.0/24", "-o", out.toString(), "--lang", "ja");
        assertTrue(ja.err().contains("ixls convert: " + out + " に書き込みました（"), ja.err());
        assertTrue(ja.err().contains("、トンネル 2 本）"), ja.err());
    }

    /** Command lines that each make ixls say one of its own messages (every cli.* key but the internal error). */
    private List<List<String>> wrongCommandLines() throws IOException {
        String missing = dir.resolve("nosuch.txt").toString();
        Path existing = Files.writeString(dir.resolve("existing.ix"), "! mine\n");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(CheckCommand.MAX_FILE_BYTES + 1);
        }
        String several = Fixtures.path("aws/describe-vpn-connections-several.json").toString();
        return List.of(
                List.of("frobnicate"),
                List.of("--bogus"),
                List.of("check", "--bogus", config()),
                List.of("check", config(), "--summary=yes"),
                List.of("check", "--format"),
                List.of("check"),
                List.of("check", "a\0b"),
                List.of("diagnose", missing, "extra"),
                List.of("convert", sample(), "--first-tunnel", "x"),
                List.of("convert", sample(), "--local-asn", "x"),
                List.of("check", "--format", "xml", config()),
                List.of("check", "--aws-sample", missing, config()),
                List.of("diagnose", "--format", "xml", "--commands", "--config", config()),
                List.of("diagnose", "--aws-sample", missing, "--commands", "--config", config()),
                List.of("diagnose", "--commands", "--config", missing),
                List.of("diagnose"),
                List.of("diagnose", "--commands"),
                List.of("diagnose", missing),
                List.of("diagnose", huge.toString()),
                List.of("convert", missing),
                List.of("convert", binary.toString()),
                List.of("convert", sample(), "--ike", "v9"),
                List.of("convert", sample(), "--first-tunnel=-1"),
                List.of("convert", sample(), "--advertise", "nope"),
                List.of("convert", sample(), "--connection", "vpn-nope"),
                List.of("convert", several),
                List.of("convert", sample(), "--advertise", "192.168.1.0/24", "-o", existing.toString()),
                List.of("convert", sample(), "--advertise", "192.168.1.0/24", "-o", dir.resolve("no/such/dir.ix").toString()));
    }
}
