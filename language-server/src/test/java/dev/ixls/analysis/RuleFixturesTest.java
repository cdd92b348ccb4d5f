package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.service.IxLanguageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every fixture under {@code test-fixtures/rules/CODE/}: triggers must get exactly the
 * expected lines, clean neighbours must get none (see that folder's README).
 */
class RuleFixturesTest {

    private static final Pattern EXPECT = Pattern.compile("^! expect (IX\\d{3}) line (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern SAMPLE = Pattern.compile("^! sample (\\S+)\\s*$", Pattern.MULTILINE);

    private final IxLanguageService service = new IxLanguageService();

    @TestFactory
    Stream<DynamicTest> everyRuleFixture() throws IOException {
        Path root = Fixtures.path("rules");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ix")).sorted().toList()) {
                String code = file.getParent().getFileName().toString();
                String name = code + "/" + file.getFileName();
                tests.add(DynamicTest.dynamicTest(name, () -> check(code, file)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRuleHasATriggerAndACleanFixture() throws IOException {
        for (Rule rule : RuleCatalog.all()) {
            Path dir = Fixtures.path("rules/" + rule.code());
            assertTrue(Files.isDirectory(dir), "no fixtures for " + rule.code());
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("triggers")), rule.code() + " has no trigger");
                assertTrue(names.stream().anyMatch(n -> n.startsWith("clean")), rule.code() + " has no clean fixture");
            }
        }
    }

    private void check(String code, Path file) throws Exception {
        String text = Files.readString(file);
        List<LinkedSample> samples = new ArrayList<>();
        Matcher sm = SAMPLE.matcher(text);
        while (sm.find()) {
            for (AwsSample s : AwsSampleReader.readAll(Fixtures.read(sm.group(1)))) {
                samples.add(new LinkedSample(s, sm.group(1)));
            }
        }
        List<Diagnostic> diagnostics = service.analyze(file.toString(), text, samples, RuleSettings.defaults())
                .diagnostics();
        assertFalse(diagnostics.stream().anyMatch(InternalFailure::isInternal), "ixls failed on the fixture: "
                + describe(diagnostics, InternalFailure.CODE));
        Set<Integer> reported = new TreeSet<>();
        for (Diagnostic d : diagnostics) {
            if (d.code().equals(code)) {
                reported.add(d.range().start().line() + 1);
            }
        }
        if (file.getFileName().toString().startsWith("clean")) {
            assertEquals(Set.of(), reported, "clean fixture got " + code + ": " + describe(diagnostics, code));
            return;
        }
        Set<Integer> expected = new TreeSet<>();
        Matcher em = EXPECT.matcher(text);
        while (em.find()) {
            assertEquals(code, em.group(1), "fixture in the wrong folder");
            expected.add(Integer.parseInt(em.group(2)));
        }
        assertFalse(expected.isEmpty(), "trigger fixture without expectations");
        assertEquals(expected, reported, describe(diagnostics, code));
    }

    private static String describe(List<Diagnostic> diagnostics, String code) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            sb.append('\n').append(d.range().start().line() + 1).append(' ').append(d.code()).append(' ')
                    .append(d.message().en());
        }
        return sb.toString();
    }
}
