package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ixls check --summary}: one row per tunnel of each linked sample, in every format, never a key. */
class CheckSummaryTest {

    private static final String SAMPLE = "aws/seed-article-cisco-flattened.txt";
    private static final String[] KEYS = {"hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE"};

    @TempDir
    Path dir;

    /** The seed article's config with tunnel 2's key replaced by tunnel 1's. */
    private Path crossedKeys() throws Exception {
        String text = Fixtures.read("ix/seed-article.ix").replace("peer 52.198.204.130 key " + KEYS[1],
                "peer 52.198.204.130 key " + KEYS[0]);
        Path p = dir.resolve("router.ix");
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void textHasOneRowPerTunnel() throws Exception {
        CliRun run = CliRun.of("check", "--summary", "--aws-sample", Fixtures.path(SAMPLE).toString(),
                crossedKeys().toString());
        String out = run.out();
        assertTrue(out.contains("AWS VPN vpn-0e88bfbe4ce7ff72a"), out);
        String row1 = out.lines().filter(l -> l.contains("18.182.91.31") && l.contains("Tunnel0.0")).findFirst().orElseThrow();
        String row2 = out.lines().filter(l -> l.contains("52.198.204.130") && l.contains("Tunnel1.0")).findFirst().orElseThrow();
        assertTrue(row1.trim().endsWith("6/6"), row1);
        assertTrue(row2.contains("FAIL") && row2.trim().endsWith("5/6"), row2);
        assertEquals(1, run.exitCode(), "the summary does not change the exit code: IX503 is an error");
    }

    @Test
    void withoutSummaryThereIsNoTable() throws Exception {
        CliRun run = CliRun.of("check", "--aws-sample", Fixtures.path(SAMPLE).toString(), crossedKeys().toString());
        assertFalse(run.out().contains("AWS VPN vpn-"), run.out());
        JsonObject root = JsonParser.parseString(CliRun.of("check", "--format", "json", "--aws-sample",
                Fixtures.path(SAMPLE).toString(), crossedKeys().toString()).out()).getAsJsonObject();
        assertFalse(root.has("tunnels"));
    }

    @Test
    void japaneseHeadersAndMarks() throws Exception {
        CliRun run = CliRun.of("check", "--summary", "--lang", "ja", "--aws-sample", Fixtures.path(SAMPLE).toString(),
                crossedKeys().toString());
        assertTrue(run.out().contains("インタフェース"), run.out());
        assertTrue(run.out().contains("NG"), run.out());
    }

    @Test
    void noLinkedSampleSaysSo() {
        CliRun run = CliRun.of("check", "--summary", Fixtures.path("ix/seed-article.ix").toString());
        assertTrue(run.out().contains("No AWS sample is linked"), run.out());
        assertEquals(0, run.exitCode(), run.out());
    }

    @Test
    void jsonHasATunnelsArray() throws Exception {
        CliRun run = CliRun.of("check", "--summary", "--format", "json", "--aws-sample",
                Fixtures.path(SAMPLE).toString(), crossedKeys().toString());
        JsonArray tunnels = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("tunnels");
        assertEquals(2, tunnels.size());
        JsonObject t2 = tunnels.get(1).getAsJsonObject();
        assertEquals("52.198.204.130", t2.get("awsPeer").getAsString());
        assertEquals("Tunnel1.0", t2.get("interface").getAsString());
        assertEquals(2, t2.get("tunnel").getAsInt());
        assertEquals(5, t2.get("passed").getAsInt());
        assertEquals(6, t2.get("total").getAsInt());
        JsonObject key = t2.getAsJsonArray("checks").get(1).getAsJsonObject();
        assertEquals("key", key.get("id").getAsString());
        assertFalse(key.get("ok").getAsBoolean());
    }

    @Test
    void sarifCarriesTheArrayInTheRunProperties() throws Exception {
        CliRun run = CliRun.of("check", "--summary", "--format", "sarif", "--aws-sample",
                Fixtures.path(SAMPLE).toString(), crossedKeys().toString());
        JsonObject sarifRun = JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("runs").get(0)
                .getAsJsonObject();
        assertEquals(2, sarifRun.getAsJsonObject("properties").getAsJsonArray("tunnels").size());
    }

    @Test
    void noKeyInAnyFormatOrLanguage() throws Exception {
        Path config = crossedKeys();
        for (String format : new String[] {"text", "json", "sarif"}) {
            for (String lang : new String[] {"en", "ja"}) {
                CliRun run = CliRun.of("check", "--summary", "--format", format, "--lang", lang, "--aws-sample",
                        Fixtures.path(SAMPLE).toString(), config.toString());
                for (String key : KEYS) {
                    assertFalse(run.out().contains(key), format + "/" + lang + ":\n" + run.out());
                    assertFalse(run.err().contains(key), format + "/" + lang + ":\n" + run.err());
                }
            }
        }
    }
}
