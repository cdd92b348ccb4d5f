package dev.ixls.analysis;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rule fixtures under {@code test-fixtures/rules/}, with the samples their {@code ! sample} lines link. */
final class RuleFixtureFiles {

    private static final Pattern SAMPLE = Pattern.compile("^! sample (\\S+)\\s*$", Pattern.MULTILINE);

    private RuleFixtureFiles() {
    }

    /** One fixture file: its folder's code, its path relative to test-fixtures, text and linked samples. */
    record RuleFixture(RuleCode code, String name, String text, List<LinkedSample> samples) {
    }

    static List<RuleFixture> all() throws IOException {
        List<RuleFixture> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Fixtures.path("rules"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".ix")).sorted().toList()) {
                String folder = file.getParent().getFileName().toString();
                String text = Files.readString(file);
                out.add(new RuleFixture(RuleCode.valueOf(folder), folder + "/" + file.getFileName(), text,
                        samples(text)));
            }
        }
        return out;
    }

    static List<LinkedSample> samples(String text) {
        List<LinkedSample> samples = new ArrayList<>();
        Matcher m = SAMPLE.matcher(text);
        while (m.find()) {
            try {
                for (AwsSample s : AwsSampleReader.readAll(Fixtures.read(m.group(1)))) {
                    samples.add(new LinkedSample(s, m.group(1)));
                }
            } catch (SampleFormatException e) {
                throw new IllegalStateException(m.group(1) + ": " + e.getMessage(), e);
            }
        }
        return samples;
    }
}
