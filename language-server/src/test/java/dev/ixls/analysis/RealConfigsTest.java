package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.service.IxLanguageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * False positives are the worst bug: configs shaped like real ones get no errors from the whole
 * catalog, alone and beside the AWS sample they were written from.
 */
class RealConfigsTest {

    private static final String SEED_SAMPLE = "aws/seed-article-cisco-flattened.txt";

    private final IxLanguageService service = new IxLanguageService();

    @TestFactory
    Stream<DynamicTest> realConfigsHaveNoErrors() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> configs = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.path("ix"))) {
            files.filter(f -> f.toString().endsWith(".ix")).sorted()
                    .forEach(f -> configs.add("ix/" + f.getFileName()));
        }
        assertFalse(configs.isEmpty());
        for (String config : configs) {
            tests.add(DynamicTest.dynamicTest(config, () -> assertNoErrors(config, null)));
        }
        // The configs written from the seed article's sample, checked against it.
        for (String config : List.of("ix/seed-article.ix", "convert/seed-article.article.ix",
                "convert/seed-article.ikev1.expected.ix", "convert/seed-article.ikev2.expected.ix")) {
            tests.add(DynamicTest.dynamicTest(config + " + " + SEED_SAMPLE, () -> assertNoErrors(config, SEED_SAMPLE)));
        }
        return tests.stream();
    }

    private void assertNoErrors(String config, String sample) throws Exception {
        List<LinkedSample> samples = new ArrayList<>();
        if (sample != null) {
            for (AwsSample s : AwsSampleReader.readAll(Fixtures.read(sample))) {
                samples.add(new LinkedSample(s, sample));
            }
        }
        List<String> errors = service.analyze(config, Fixtures.read(config), samples, RuleSettings.defaults())
                .diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> (d.range().start().line() + 1) + " " + d.code() + " " + d.message().en()).toList();
        assertEquals(List.of(), errors);
    }
}
