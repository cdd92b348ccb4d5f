package dev.ixls.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.Mutations;
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
                for (String variant : Mutations.variantsOf(s.line().text(), random)) {
                    String config = context + variant + "\n";
                    if (!seen.add(config)) {
                        continue;
                    }
                    try {
                        IxConfig c = IxConfigModelBuilder.build(parser.parse(config));
                        // A structure is named: a half-typed opener without its name is no structure.
                        for (java.util.Map<String, ?> named : List.of(c.ikeProposals(), c.ikePolicies(), c.ipsecProposals(),
                                c.ipsecMaps(), c.ikev2Profiles(), c.interfaces(), c.accessLists())) {
                            if (named.containsKey(null)) {
                                failures.add(Fixtures.root().relativize(file) + " `" + config + "`: a structure without a name");
                            }
                        }
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
}
