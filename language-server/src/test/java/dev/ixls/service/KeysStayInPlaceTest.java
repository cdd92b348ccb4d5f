package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.convert.ConvertedSamples;
import dev.ixls.convert.IxConfigConverter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keys never leave the key position (issue 13): keys planted in every syntax that carries one,
 * written right and wrong, and the keys of every AWS sample format, are found in no text any
 * feature shows, and after any edit ixls offers they stand only where keys stand. The protocol
 * and command-line paths (logs, stderr, JSON, SARIF) have their own tests over the same fixtures:
 * {@code lsp.KeysOnTheWireTest}, {@code cli.KeysInReportsTest}.
 */
class KeysStayInPlaceTest {

    private static final Pattern PLANTED = Pattern.compile("\\bPlant\\w+|0x506c616e74\\w+");

    private final IxLanguageService service = new IxLanguageService();

    static Set<String> planted(String text) {
        Set<String> keys = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("!")) {
                continue;
            }
            Matcher m = PLANTED.matcher(line);
            while (m.find()) {
                keys.add(m.group());
            }
        }
        return keys;
    }

    @Test
    void everyPlantedKeyStandsAtAKeyPosition() {
        String text = Fixtures.read("robustness/planted-keys.ix");
        Set<String> keys = planted(text);
        assertTrue(keys.size() >= 15, keys.toString());
        // The premise of everything below: each planted key is where ixls knows a key stands.
        assertEquals(List.of(), EveryOutput.keysOutOfPlace(service, text, keys));
    }

    @Test
    void noFeatureShowsAPlantedKey() {
        String text = Fixtures.read("robustness/planted-keys.ix");
        assertNoKeyShown(text, List.of(), planted(text));
    }

    @Test
    void noEditMovesAPlantedKey() {
        String text = Fixtures.read("robustness/planted-keys.ix");
        assertKeysStay(text, List.of(), planted(text));
    }

    /** The case: `key char SECRET` (IKEv2's form) in an IKEv1 policy made SECRET a proposal name. */
    @Test
    void ikev2KeySyntaxInIkev1IsNoProposalName() {
        String text = "ike proposal prop encryption aes hash sha\nike policy p8 peer 1.2.3.11 key char SECRET prop\n";
        var config = service.model(text);
        assertEquals(List.of(), config.ikePolicies().get("p8").proposals(), "SECRET is not read as a name");
        assertTrue(config.symbols().referencesTo("ike-proposal", "SECRET").isEmpty());
        var hover = service.hover().hover(config, List.of(), new dev.ixls.syntax.Position(1, 40),
                dev.ixls.i18n.Language.EN).orElseThrow();
        assertTrue(hover.markdown().contains("Pre-shared key") && !hover.markdown().contains("SECRET"),
                hover.markdown());
        assertNoKeyShown(text, List.of(), Set.of("SECRET"));
        assertKeysStay(text, List.of(), Set.of("SECRET"));
    }

    /** Issue 10, item 5: a one-character password masked every `1` of every later message. */
    @Test
    void aShortKeyIsMaskedWhereItStandsAndNowhereElse() {
        String text = Fixtures.read("robustness/short-password.ix");
        List<EveryOutput.Shown> shown = EveryOutput.shown(service, text, List.of());
        List<String> garbled = shown.stream().filter(s -> s.text().matches("(?s).*[0-9A-Za-z.]\\*{8}.*|.*\\*{8}[0-9A-Za-z].*"))
                .map(s -> s.where() + ": " + s.text()).toList();
        assertEquals(List.of(), garbled, "a mask inside another word");
        assertTrue(shown.stream().anyMatch(s -> s.where().contains("message") && s.text().contains("192.0.2.1 ")),
                "the peer address is shown whole");
        assertTrue(shown.stream().anyMatch(s -> s.where().contains("message") && s.text().contains("'Tunnel0.1'")),
                "the interface name is shown whole");
        var config = service.model(text);
        assertEquals(List.of("1"), config.parsed().statementAt(4).secretWords().stream().map(w -> w.text()).toList());
        assertEquals("username admin password plain ********", Masked.line(config.parsed().statementAt(4)));
    }

    /** Every AWS sample format: the converted config, with its keys right, wrong, and beside a typo. */
    @Test
    void awsSampleKeysOfEveryFormatStayInPlace() throws IOException {
        int samples = 0;
        for (Path file : awsSamples()) {
            List<AwsSample> read;
            try {
                read = AwsSampleReader.readAll(Files.readString(file));
            } catch (dev.ixls.aws.SampleFormatException e) {
                continue; // the bad samples: test-fixtures/aws/bad, read by the readers' own tests
            }
            for (AwsSample sample : read) {
                samples++;
                List<LinkedSample> linked = List.of(new LinkedSample(sample, file.toString()));
                Set<String> keys = new LinkedHashSet<>();
                // A documentation placeholder (`PASSWORD`) is masked at its key position like any key, but
                // its text is also an ordinary word of the command docs: scan for the real keys only.
                Set<Integer> placeholders = new java.util.HashSet<>();
                sample.notes(dev.ixls.aws.SampleNote.Kind.KEY_PLACEHOLDER).forEach(n -> placeholders.add(n.tunnel()));
                for (AwsTunnel t : sample.tunnels()) {
                    if (!placeholders.contains(t.number())) {
                        keys.add(t.presharedKey().reveal());
                    }
                }
                String config = IxConfigConverter.convert(sample, ConvertedSamples.optionsFor(sample));
                String where = Fixtures.root().relativize(file).toString();
                assertEquals(List.of(), EveryOutput.keysOutOfPlace(service, config, keys), where);
                assertNoKeyShown(config, linked, keys);
                assertKeysStay(config, linked, keys);
                // Wrong keys: "Update from AWS sample" brings the sample's keys in, into key positions.
                String wrong = config;
                int n = 0;
                for (String key : keys) {
                    wrong = wrong.replace(key, "PlantWrong" + n++);
                }
                Set<String> both = new LinkedHashSet<>(keys);
                both.addAll(planted(wrong));
                assertNoKeyShown(wrong, linked, both);
                assertKeysStay(wrong, linked, both);
                // A typo beside the key: the line no longer fits, the key is still a key.
                String typo = config.replaceFirst(" key ", " kye ");
                assertNoKeyShown(typo, linked, keys);
                assertKeysStay(typo, linked, keys);
            }
        }
        assertTrue(samples >= 8, "only " + samples + " samples");
    }

    static List<Path> awsSamples() throws IOException {
        try (Stream<Path> files = Files.list(Fixtures.path("aws"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        }
    }

    private void assertNoKeyShown(String text, List<LinkedSample> samples, Set<String> keys) {
        List<String> leaks = new ArrayList<>();
        for (EveryOutput.Shown s : EveryOutput.shown(service, text, samples)) {
            for (String key : keys) {
                if (s.text() != null && s.text().contains(key)) {
                    leaks.add(s.where() + ": " + s.text());
                }
            }
        }
        assertEquals(List.of(), leaks.subList(0, Math.min(10, leaks.size())), leaks.size() + " text(s) show a key");
    }

    private void assertKeysStay(String text, List<LinkedSample> samples, Set<String> keys) {
        List<String> moved = new ArrayList<>();
        for (EveryOutput.Edited e : EveryOutput.edited(service, text, samples)) {
            for (String out : EveryOutput.keysOutOfPlace(service, e.text(), keys)) {
                moved.add(e.where() + " -> " + out);
            }
        }
        assertFalse(moved.size() > 0, "keys moved out of key positions:\n" + String.join("\n", moved));
    }
}
