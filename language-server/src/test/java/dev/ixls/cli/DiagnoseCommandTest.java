package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ixls diagnose}: exit codes, the three formats, --commands, bad input, and keys never printed. */
class DiagnoseCommandTest {

    private static final String[] KEYS = {"hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE",
            "WrongKeyForTunnel2xxxxxxxxxxxxxx"};

    @TempDir
    Path dir;

    private static String f(String relative) {
        return Fixtures.path(relative).toString();
    }

    private static String sample() {
        return f("aws/seed-article-cisco-flattened.txt");
    }

    @Test
    void theSeedArticleIsUpAndExitsZero() {
        CliRun run = CliRun.of("diagnose", f("show/seed-article-flattened.txt"), "--config", f("ix/seed-article.ix"),
                "--aws-sample", sample());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains(": up: Tunnel 1 (AWS 18.182.91.31) is up: IKE SA established"), run.out());
        assertTrue(run.out().contains("2 tunnels: 2 up, 0 down, 0 impaired, 0 not shown"), run.out());
    }

    @Test
    void aTunnelDownExitsOneWithItsCauseAndTheLinesBehindIt() {
        CliRun run = CliRun.of("diagnose", f("show/psk-mismatch.txt"), "--config", f("show/configs/seed-wrong-key-2.ix"),
                "--aws-sample", sample());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().matches("(?s).*psk-mismatch\\.txt:31:3: error: Tunnel 2 \\(AWS 52\\.198\\.204\\.130\\) is down: "
                + "the pre-shared key of IKE policy ike-policy2 does not match AWS's \\(4 hash errors in phase 1\\)\\. \\["
                + RuleCode.IX702 + "\\].*"),
                run.out());
        assertTrue(run.out().contains("    fix: Copy tunnel 2's pre-shared key from the AWS sample into 'ike policy ike-policy2'"));
        assertTrue(run.out().contains("seed-wrong-key-2.ix:8: ike policy ike-policy2 peer 52.198.204.130 key ******** ike-prop"),
                run.out());
    }

    @Test
    void jsonCarriesEveryTunnelWithItsEvidence() {
        CliRun run = CliRun.of("diagnose", "--format", "json", f("show/bgp-not-established.txt"), "--config",
                f("show/configs/seed-wrong-remote-as-2.ix"), "--aws-sample", sample());
        assertEquals(1, run.exitCode(), run.err());
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray tunnels = root.getAsJsonArray("tunnels");
        assertEquals(2, tunnels.size());
        JsonObject two = tunnels.get(1).getAsJsonObject();
        assertEquals("down", two.get("state").getAsString());
        assertEquals(RuleCode.IX706.name(), two.get("code").getAsString());
        assertEquals("BGP not established", two.get("cause").getAsString());
        assertEquals(83, two.get("line").getAsInt());
        assertEquals(2, two.get("column").getAsInt(), "the row is printed one space in");
        JsonObject first = two.getAsJsonArray("evidence").get(0).getAsJsonObject();
        assertEquals("transcript", first.get("source").getAsString());
        assertEquals("up", tunnels.get(0).getAsJsonObject().get("state").getAsString());
        assertTrue(tunnels.get(0).getAsJsonObject().get("code").isJsonNull());
        JsonObject summary = root.getAsJsonObject("summary");
        assertEquals(1, summary.get("up").getAsInt());
        assertEquals(1, summary.get("down").getAsInt());
        assertEquals(RuleCode.IX700.name(), root.getAsJsonArray("notes").get(0).getAsJsonObject().get("code").getAsString());
    }

    @Test
    void sarifHasTheDiagnoseRulesAndAResultPerTunnelNotUp() {
        CliRun run = CliRun.of("diagnose", "--format", "sarif", f("show/udp500-blocked.txt"), "--config",
                f("show/configs/seed-wan-filter.ix"), "--aws-sample", sample());
        assertEquals(1, run.exitCode(), run.err());
        JsonObject sarif = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals("2.1.0", sarif.get("version").getAsString());
        JsonObject runObject = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
        List<String> rules = new ArrayList<>();
        for (JsonElement r : runObject.getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules")) {
            rules.add(r.getAsJsonObject().get("id").getAsString());
        }
        assertEquals(Arrays.stream(RuleCode.values()).filter(RuleCode::isDiagnosis).map(RuleCode::name).toList(),
                rules);
        assertEquals(11, rules.size(), "IX700-IX710");
        JsonArray results = runObject.getAsJsonArray("results");
        assertEquals(1, results.size(), "tunnel 2 is up: no result");
        JsonObject result = results.get(0).getAsJsonObject();
        assertEquals(RuleCode.IX701.name(), result.get("ruleId").getAsString());
        assertEquals(1, result.get("ruleIndex").getAsInt());
        assertEquals("error", result.get("level").getAsString());
        assertTrue(result.getAsJsonArray("relatedLocations").size() >= 5);
        assertEquals(2, runObject.getAsJsonObject("properties").getAsJsonArray("tunnels").size());
    }

    @Test
    void keysNeverReachAnyOutput() {
        for (String format : List.of("text", "json", "sarif")) {
            for (String lang : List.of("en", "ja")) {
                for (boolean withConfig : List.of(false, true)) {
                    List<String> args = new ArrayList<>(List.of("diagnose", "--format", format, "--lang", lang,
                            f("show/crlf-paged-running-config.txt"), "--aws-sample", sample()));
                    if (withConfig) {
                        args.addAll(List.of("--config", f("show/configs/seed-wrong-key-2.ix")));
                    }
                    CliRun run = CliRun.of(args.toArray(String[]::new));
                    assertEquals(1, run.exitCode(), run.err());
                    assertTrue(run.out().contains(RuleCode.IX702.name()), run.out());
                    for (String key : KEYS) {
                        assertFalse(run.out().contains(key) || run.err().contains(key),
                                format + "/" + lang + " printed a key:\n" + run.out());
                    }
                }
            }
        }
    }

    @Test
    void japaneseMessages() {
        CliRun run = CliRun.of("diagnose", "--lang", "ja", f("show/no-routes-from-aws.txt"), "--config",
                f("ix/seed-article.ix"), "--aws-sample", sample());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("経路表に AWS からの BGP 経路がありません"), run.out());
        assertTrue(run.out().contains("トンネル 2 本: 稼働中 0、停止 0、支障あり 2、不明 0"), run.out());
    }

    @Test
    void commandsForAConfig() {
        CliRun run = CliRun.of("diagnose", "--commands", "--config", f("ix/seed-article.ix"));
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("terminal length 0", lines.get(0));
        assertTrue(lines.contains("show ike sa") && lines.contains("show ip bgp summary")
                && lines.contains("ping 169.254.251.133 count 3"), run.out());
        CliRun json = CliRun.of("diagnose", "--commands", "--format", "json", "--config", f("ix/seed-article.ix"));
        assertEquals(lines.size(), JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("commands").size());
    }

    @Test
    void usageAndInputErrorsExitTwo() throws Exception {
        assertEquals(2, CliRun.of("diagnose").exitCode());
        assertEquals(2, CliRun.of("diagnose", "--commands").exitCode());
        assertEquals(2, CliRun.of("diagnose", "--format", "xml", f("show/psk-mismatch.txt")).exitCode());
        CliRun missing = CliRun.of("diagnose", dir.resolve("missing.txt").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("cannot read"), missing.err());
        CliRun config = CliRun.of("diagnose", f("ix/seed-article.ix"));
        assertEquals(2, config.exitCode());
        assertTrue(config.err().contains("No router output that ixls reads"), config.err());
        Path binary = dir.resolve("capture.bin");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        assertEquals(2, CliRun.of("diagnose", binary.toString()).exitCode());
        CliRun badSample = CliRun.of("diagnose", f("show/psk-mismatch.txt"), "--aws-sample", f("aws/bad/truncated.json"));
        assertEquals(2, badSample.exitCode());
    }

    @Test
    void withoutAConfigTheTranscriptAloneIsDiagnosed() {
        CliRun run = CliRun.of("diagnose", f("show/netmiko-no-prompt.txt"));
        assertEquals(0, run.exitCode(), run.out());
        assertTrue(run.out().contains("No config: pass --config FILE"), run.out());
        assertTrue(run.out().contains("No AWS sample: pass --aws-sample FILE"), run.out());
    }
}
