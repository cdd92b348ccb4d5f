package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String[] KEYS = {"hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE"};

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void cleanConfigExitsZero() {
        CliRun run = CliRun.of("check", Fixtures.path("ix/seed-article.ix").toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("1 file checked: 0 errors"), run.out());
    }

    @Test
    void errorsExitOneInTextFormat() throws Exception {
        Path bad = write("bad.ix", "interface Tunnel0.0\n  ip address 169.254.300.2/30\n");
        CliRun run = CliRun.of("check", bad.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().matches("(?s).*bad\\.ix:2:14: error: .*\\[" + RuleCode.IX002 + "\\].*"), run.out());
    }

    @Test
    void japaneseMessages() throws Exception {
        Path bad = write("bad.ix", "interface Tunnel0.0\n  ip address 169.254.300.2/30\n");
        CliRun run = CliRun.of("check", "--lang", "ja", bad.toString());
        assertTrue(run.out().contains("正しいプレフィックスではありません"), run.out());
    }

    @Test
    void unreadablePathExitsTwo() {
        CliRun run = CliRun.of("check", dir.resolve("missing.ix").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("cannot read"), run.err());
    }

    @Test
    void jsonFormat() throws Exception {
        Path bad = write("bad.ix", "ike proposal p encryption aes hash sha\nike policy q peer 192.0.2.1 key\n");
        CliRun run = CliRun.of("check", "--format", "json", bad.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonObject d = root.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        for (String field : new String[] {"file", "line", "column", "endLine", "endColumn", "severity", "code", "message"}) {
            assertTrue(d.has(field), field);
        }
        assertEquals(1, root.getAsJsonObject("summary").get("files").getAsInt());
        assertTrue(root.getAsJsonObject("summary").get("errors").getAsInt() >= 1);
    }

    @Test
    void sarifFormat() throws Exception {
        Path bad = write("bad.ix", "interface Tunnel0.0\n  ip address 169.254.300.2/30\n");
        CliRun run = CliRun.of("check", "--format", "sarif", bad.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject sarifRun = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        var rules = sarifRun.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertTrue(rules.size() >= 8);
        JsonObject result = sarifRun.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals(RuleCode.IX002.name(), result.get("ruleId").getAsString());
        JsonObject location = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");
        assertFalse(location.get("uri").getAsString().startsWith("file:"));
    }

    @Test
    void keysNeverAppearInAnyFormat() throws Exception {
        // A config with keys on lines that draw findings, in all three formats and both languages.
        Path cfg = write("keys.ix", "ike policy p1 peer 18.182.91.31 key " + KEYS[0] + " missing-prop extra\n"
                + "ikev2 authentication psk id ipv4 52.198.204.130 key " + KEYS[1] + "\n"
                + "pre-shared-key address 1.2.3.4 key " + KEYS[0] + "\n");
        for (String format : new String[] {"text", "json", "sarif"}) {
            for (String lang : new String[] {"en", "ja"}) {
                CliRun run = CliRun.of("check", "--format", format, "--lang", lang,
                        "--aws-sample", Fixtures.path("aws/seed-article-cisco-flattened.txt").toString(), cfg.toString());
                for (String key : KEYS) {
                    assertFalse(run.out().contains(key), format + "/" + lang + " leaked a key:\n" + run.out());
                    assertFalse(run.err().contains(key), format + "/" + lang + " leaked a key:\n" + run.err());
                }
            }
        }
    }

    @Test
    void badInputsGetClearMessages() throws Exception {
        Path bin = dir.resolve("x.ix");
        Files.write(bin, new byte[] {0, 1, 2, 3});
        CliRun binary = CliRun.of("check", bin.toString());
        assertEquals(1, binary.exitCode());
        assertTrue(binary.out().contains("binary"), binary.out());

        CliRun empty = CliRun.of("check", write("empty.ix", "").toString());
        assertEquals(0, empty.exitCode(), empty.out());

        Path huge = write("huge.ix", "x".repeat(7 * 1024 * 1024)); // just under the 8 MB limit
        CliRun hugeRun = CliRun.of("check", huge.toString());
        assertTrue(hugeRun.exitCode() <= 1);
        assertTrue(hugeRun.out().length() < 10_000, "a huge line must not be echoed back");

        Path invalidUtf8 = dir.resolve("latin.ix");
        Files.write(invalidUtf8, new byte[] {'h', 'o', 's', 't', 'n', 'a', 'm', 'e', ' ', (byte) 0xFF, (byte) 0xFE, '\n'});
        CliRun latin = CliRun.of("check", invalidUtf8.toString());
        assertTrue(latin.out().contains("[" + RuleCode.IX000 + "]"), latin.out());
        assertFalse(latin.err().contains("Exception"), latin.err());
    }

    @Test
    void walksFoldersAndFindsSamplesByContent() throws Exception {
        Files.writeString(dir.resolve("router.ix"), Fixtures.read("ix/seed-article.ix"));
        Files.writeString(dir.resolve("download.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        Files.writeString(dir.resolve("notes.md"), "# notes\n");
        CliRun run = CliRun.of("check", "--format", "json", dir.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, root.getAsJsonObject("summary").get("files").getAsInt(), run.out());
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void aFileNamedTwiceIsCheckedOnce() throws Exception {
        Path cfg = write("router.ix", Fixtures.read("ix/seed-article.ix"));
        CliRun run = CliRun.of("check", "--format", "json", dir.toString(), cfg.toString(), cfg.toString());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(1, root.getAsJsonObject("summary").get("files").getAsInt(), run.out());
    }

    @Test
    void settingsFileTurnsRulesOff() throws Exception {
        Path bad = write("bad.ix", "frobnicate\nhostname a\nhostname b\nhostname c\n");
        CliRun before = CliRun.of("check", bad.toString());
        assertTrue(before.out().contains("[" + RuleCode.IX001 + "]"), before.out());
        Path settings = write("settings.json", "{\"rules\": {\"IX001\": \"off\"}}");
        CliRun after = CliRun.of("check", "--config", settings.toString(), bad.toString());
        assertFalse(after.out().contains("[" + RuleCode.IX001 + "]"), after.out());
        Path broken = write("broken.json", "{\"rules\": ");
        assertEquals(2, CliRun.of("check", "--config", broken.toString(), bad.toString()).exitCode());
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, CliRun.of("--version").exitCode());
        assertTrue(CliRun.of("--help").out().contains("convert"));
    }
}
