package dev.ixls.eclipse.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

class ServerSettingsTest {

    @Test
    void japaneseLocalesGiveJaAndEveryOtherGivesEn() {
        assertEquals("ja", ServerSettings.serverLocale(Locale.JAPAN));
        assertEquals("ja", ServerSettings.serverLocale(Locale.forLanguageTag("ja")));
        assertEquals("en", ServerSettings.serverLocale(Locale.US));
        assertEquals("en", ServerSettings.serverLocale(Locale.FRANCE));
        assertEquals("en", ServerSettings.serverLocale(Locale.ROOT));
        assertEquals("en", ServerSettings.serverLocale(null));
    }

    @Test
    void initializationOptionsHaveTheServerContractShape(@TempDir Path project) {
        Path absolute = project.resolve("elsewhere/vpn-0a1b2c3d.txt").toAbsolutePath();
        ServerSettings settings = new ServerSettings("ja", 0,
                List.of(absolute.toString(), "aws/vpn-05c4d3e2.xml"), List.of("-Xmx256m"));

        Map<String, Object> options = settings.initializationOptions(project.toUri());

        String expected = "{\"locale\":\"ja\",\"diagnostics\":{\"delayMs\":0},\"awsSamples\":["
                + new Gson().toJson(absolute.toString()) + ","
                + new Gson().toJson(project.resolve("aws/vpn-05c4d3e2.xml").toString()) + "],"
                + "\"generate\":{\"natTraversal\":false}}";
        assertEquals(expected, new Gson().toJson(options));
    }

    @Test
    void generatesDefaultsReachTheServerAsItsGenerateSettings() {
        ServerSettings settings = new ServerSettings("en", 0, List.of(), List.of(), 65010, true);
        assertEquals("{\"localAsn\":65010,\"natTraversal\":true}",
                new Gson().toJson(settings.initializationOptions(null).get("generate")));
        // 4-byte ASNs are numbers, not strings or scientific notation.
        assertEquals("{\"localAsn\":4294967295,\"natTraversal\":false}", new Gson().toJson(
                new ServerSettings("en", 0, List.of(), List.of(), 4294967295L, false).initializationOptions(null)
                        .get("generate")));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("en", 0, List.of(), List.of(), 4294967296L, false));
    }

    @Test
    void anAsnIsDigitsFromOneTo4294967295() {
        assertEquals(65000, ServerSettings.parseAsn(" 65000 "));
        assertEquals(4294967295L, ServerSettings.parseAsn("4294967295"));
        for (String bad : new String[] {"", "0", "4294967296", "-1", "AS65000", "6.5e4", "65 000", null}) {
            assertEquals(0, ServerSettings.parseAsn(bad), String.valueOf(bad));
        }
    }

    @Test
    void aRelativeSampleStaysAsEnteredWithoutALocalRoot() {
        ServerSettings settings = new ServerSettings("en", 250, List.of("aws/x.txt"), List.of());
        assertEquals(List.of("aws/x.txt"), settings.initializationOptions(null).get("awsSamples"));
        assertEquals(List.of("aws/x.txt"),
                settings.initializationOptions(URI.create("jdt://contents/x")).get("awsSamples"));
    }

    @Test
    void absoluteSamplesAreNormalised(@TempDir Path dir) {
        String messy = dir + "/a/../b/./s.txt";
        assertEquals(dir.resolve("b/s.txt").toString(), ServerSettings.resolveSample(messy, null));
    }

    @Test
    void delayIsRangeChecked() {
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("en", -1, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new ServerSettings("en", ServerSettings.MAX_DELAY_MS + 1, List.of(), List.of()));
        assertEquals(0, ServerSettings.clampDelay(-5));
        assertEquals(ServerSettings.MAX_DELAY_MS, ServerSettings.clampDelay(Integer.MAX_VALUE));
        assertEquals(1234, ServerSettings.clampDelay(1234));
    }

    @Test
    void onlyEnAndJaAreLocales() {
        assertThrows(IllegalArgumentException.class, () -> new ServerSettings("fr", 0, List.of(), List.of()));
    }

    @Test
    void listsAreCopied() {
        List<String> samples = new ArrayList<>(List.of("/a.txt"));
        ServerSettings settings = new ServerSettings("en", 0, samples, List.of());
        samples.add("/b.txt");
        assertEquals(List.of("/a.txt"), settings.awsSamples());
    }

    @Test
    void defaultsFollowTheIdeLocale() {
        ServerSettings defaults = ServerSettings.defaults(Locale.JAPANESE);
        assertEquals("ja", defaults.locale());
        assertEquals(ServerSettings.DEFAULT_DELAY_MS, defaults.diagnosticsDelayMs());
    }
}
