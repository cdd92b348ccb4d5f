package dev.ixls.analysis;

import dev.ixls.Fixtures;
import dev.ixls.assertions.RangeNotation;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.syntax.Range;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rule fixtures under {@code test-fixtures/rules/}, with the samples their {@code ! sample}
 * lines link and the findings their {@code ! expect} lines state (see that folder's README).
 */
final class RuleFixtureFiles {

    private static final Pattern SAMPLE = Pattern.compile("^! sample (\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPECT = Pattern.compile("^! expect (\\S+) (.*?)\\s*$", Pattern.MULTILINE);
    private static final Pattern LINE_ONLY = Pattern.compile("line (\\d+)");

    private RuleFixtureFiles() {
    }

    /** One fixture file: its folder's code, its path relative to test-fixtures, text and linked samples. */
    record RuleFixture(RuleCode code, String name, String text, List<LinkedSample> samples) {

        boolean isTrigger() {
            return name.substring(name.indexOf('/') + 1).startsWith("triggers");
        }

        List<Expectation> expectations() {
            return RuleFixtureFiles.expectations(text);
        }
    }

    /**
     * One {@code ! expect} line: {@code ! expect IX101 7:55-7:62} states the range of each finding
     * (several ranges when one line has several findings); the older {@code ! expect IX101 line 7}
     * states only the line (1-based), and {@code ranges} is then empty.
     */
    record Expectation(RuleCode code, int line, List<Range> ranges) {

        boolean lineOnly() {
            return ranges.isEmpty();
        }
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

    static List<Expectation> expectations(String text) {
        List<Expectation> out = new ArrayList<>();
        Matcher m = EXPECT.matcher(text);
        while (m.find()) {
            RuleCode code = RuleCode.parse(m.group(1))
                    .orElseThrow(() -> new IllegalArgumentException("no rule " + m.group(1) + ": " + m.group()));
            Matcher line = LINE_ONLY.matcher(m.group(2));
            if (line.matches()) {
                out.add(new Expectation(code, Integer.parseInt(line.group(1)), List.of()));
                continue;
            }
            List<Range> ranges = new ArrayList<>();
            for (String r : m.group(2).split("\\s+")) {
                ranges.add(RangeNotation.parse(r));
            }
            out.add(new Expectation(code, ranges.get(0).start().line() + 1, List.copyOf(ranges)));
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
