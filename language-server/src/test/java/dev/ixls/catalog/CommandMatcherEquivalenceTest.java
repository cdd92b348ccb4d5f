package dev.ixls.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.syntax.ConfigLexer;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.SourceText;
import dev.ixls.syntax.TextDecoder;
import dev.ixls.syntax.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link CommandMatcher} must give exactly what the plain continuation-passing search
 * ({@link ContinuationMatcher}) gives: the same MatchResult (status, bindings, consumed, score,
 * expected elements in order) and the same next elements, in order.
 */
class CommandMatcherEquivalenceTest {

    private final CommandCatalog catalog = CommandCatalog.standard();
    /** Shared across calls, as the parser shares one: a reused search must not remember the last line. */
    private final CommandMatcher.Search search = CommandMatcher.search();

    @Test
    void agreesOnEveryFixtureLineAgainstEveryCommand() throws IOException {
        int lines = 0;
        try (Stream<Path> paths = Files.walk(Fixtures.root())) {
            for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
                String text = TextDecoder.decode(Files.readAllBytes(file)).text();
                for (ConfigLine line : ConfigLexer.lex(new SourceText(text))) {
                    if (line.kind() != LineKind.COMMAND) {
                        continue;
                    }
                    List<Word> words = line.words();
                    for (CommandSpec spec : catalog.commands()) {
                        assertSame(spec, words, file + ":" + (line.index() + 1));
                    }
                    if (words.size() > 1) { // `no` forms are matched without their first word
                        for (CommandSpec spec : catalog.startingWith(words.get(1).text())) {
                            assertSame(spec, words.subList(1, words.size()), file + ":" + (line.index() + 1) + " (no)");
                        }
                    }
                    for (int n = 0; n < words.size(); n++) {
                        for (CommandSpec spec : catalog.startingWith(words.get(0).text())) {
                            assertSameNext(spec, words.subList(0, n), file + ":" + (line.index() + 1) + " prefix " + n);
                        }
                    }
                    lines++;
                }
            }
        }
        assertTrue(lines > 500, "command lines found: " + lines);
    }

    /** Word salads made of each command's own vocabulary reach the corners that real lines rarely do. */
    @Test
    void agreesOnRandomWordsFromEachCommandsVocabulary() {
        Random random = new Random(3);
        for (CommandSpec spec : catalog.commands()) {
            List<String> vocabulary = new ArrayList<>(List.of("1", "65000", "10.0.0.1", "10.0.0.0/8", "x", "any"));
            collect(spec.elements(), vocabulary);
            for (int n = 0; n < 300; n++) {
                StringBuilder line = new StringBuilder();
                int count = random.nextInt(10);
                for (int i = 0; i < count; i++) {
                    String w = vocabulary.get(random.nextInt(vocabulary.size()));
                    if (w.length() > 3 && random.nextInt(5) == 0) {
                        w = w.substring(0, 3 + random.nextInt(w.length() - 3)); // an abbreviation
                    }
                    line.append(w).append(' ');
                }
                List<Word> words = ConfigLexer.lex(new SourceText(line.toString())).get(0).words();
                assertSame(spec, words, spec.id() + ": " + line);
                assertSameNext(spec, words, spec.id() + ": " + line);
            }
        }
    }

    private void assertSame(CommandSpec spec, List<Word> words, String where) {
        MatchResult expected = ContinuationMatcher.match(spec, words);
        assertEquals(expected, search.match(spec, words), where + " (reused search)");
        if (spec.firstWords().contains(words.isEmpty() ? "" : words.get(0).text())) {
            assertEquals(expected, CommandMatcher.match(spec, words), where); // a fresh search: the same code
        }
    }

    private void assertSameNext(CommandSpec spec, List<Word> words, String where) {
        List<Element> expected = List.copyOf(ContinuationMatcher.nextElements(spec, words));
        assertEquals(expected, List.copyOf(CommandMatcher.nextElements(spec, words)), where);
        assertEquals(expected, List.copyOf(search.nextElements(spec, words)), where + " (reused search)");
    }

    private static void collect(List<Element> elements, List<String> out) {
        for (Element e : elements) {
            if (e instanceof Element.Literal l) {
                out.add(l.word());
            } else if (e instanceof Element.Arg a && a.type() instanceof ArgType.Keyword k) {
                out.addAll(k.values());
            } else if (e instanceof Element.Optional o) {
                collect(o.sequence(), out);
            } else if (e instanceof Element.Choice c) {
                c.alternatives().forEach(alt -> collect(alt, out));
            } else if (e instanceof Element.Repeat r) {
                collect(List.of(r.element()), out);
            }
        }
        Set<String> unique = new LinkedHashSet<>(out);
        out.clear();
        out.addAll(unique);
    }
}
