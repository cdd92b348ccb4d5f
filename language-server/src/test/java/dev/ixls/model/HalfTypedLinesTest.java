package dev.ixls.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.parse.IxConfigParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.ixls.parse.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The model builder takes every line an editor can hold while it is typed: each line of every
 * fixture, cut short at every word and inside it, and mutated (values replaced by words that are
 * not values, words dropped or doubled), inside the blocks it stands in. Mutations come from fixed
 * seeds, so a failure names a reproducible input. (Whole files with mutated lines, rules included,
 * are the fuzz suite's: {@code dev.ixls.fuzz}.)
 */
class HalfTypedLinesTest {

    /** Words that are not the value a position wants: empty-ish, non-numbers, huge numbers, keywords. */
    static final List<String> JUNK = List.of("abc", "1x", "-1", "0", "99999999999999999999", "1.2.3", "256.1.1.1/33",
            "key", "char", "no", "!", "exit", ",", "a,,b", "\u3042", "interface", "Tunnel", "ipcp", "secondary");

    private final IxConfigParser parser = new IxConfigParser();

    @Test
    void issue13HalfTypedIkev2ProfileLinesBuild() {
        IxConfig c = IxConfigModelBuilder.build(parser.parse(Fixtures.read("robustness/half-typed-ikev2-profile.ix")));
        Ikev2Profile p = c.ikev2Profiles().get("p");
        assertNotNull(p, "the profile is still read");
        assertEquals(List.of(), c.failures(), "no step of the model failed");
    }

    @Test
    void everyTruncationAndMutationOfEveryFixtureLineBuilds() throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (Path file : fixtureConfigs()) {
            String text = Files.readString(file);
            Random random = new Random(file.getFileName().toString().hashCode());
            for (Statement s : parser.parse(text).statements()) {
                // The line in its blocks: the openers above it, then the variant.
                StringBuilder context = new StringBuilder();
                for (Statement p = s.parent(); p != null; p = p.parent()) {
                    context.insert(0, p.line().text() + "\n");
                }
                for (String variant : variantsOf(s.line().text(), random)) {
                    String config = context + variant + "\n";
                    if (!seen.add(config)) {
                        continue;
                    }
                    try {
                        IxConfig c = IxConfigModelBuilder.build(parser.parse(config));
                        if (!c.failures().isEmpty()) {
                            failures.add(Fixtures.root().relativize(file) + " `" + config + "`: " + c.failures());
                        }
                    } catch (RuntimeException | StackOverflowError e) {
                        failures.add(Fixtures.root().relativize(file) + " `" + config + "`: " + e);
                    }
                }
            }
        }
        assertTrue(seen.size() > 3_000, "only " + seen.size() + " variants");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failure(s)");
    }

    static List<Path> fixtureConfigs() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            return files.filter(f -> f.toString().endsWith(".ix")).sorted().toList();
        }
    }

    /** The line cut after each word and inside its last word, and a few mutations of it. */
    static List<String> variantsOf(String line, Random random) {
        List<String> out = new ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String[] words = line.strip().split("\\s+");
        if (line.isBlank()) {
            return out;
        }
        for (int n = 0; n < words.length; n++) {
            out.add(indent + String.join(" ", List.of(words).subList(0, n)));
            String last = words[n];
            if (last.length() > 1) {
                out.add(indent + String.join(" ", List.of(words).subList(0, n + 1)).substring(0,
                        String.join(" ", List.of(words).subList(0, n)).length() + (n == 0 ? 0 : 1) + last.length() / 2));
            }
        }
        for (int m = 0; m < 4; m++) {
            List<String> w = new ArrayList<>(List.of(words));
            int at = random.nextInt(w.size());
            switch (m) {
                case 0 -> w.set(at, JUNK.get(random.nextInt(JUNK.size())));
                case 1 -> w.remove(at);
                case 2 -> w.add(at, w.get(at));
                default -> w.add(JUNK.get(random.nextInt(JUNK.size())));
            }
            out.add(indent + String.join(" ", w));
        }
        return out;
    }
}
