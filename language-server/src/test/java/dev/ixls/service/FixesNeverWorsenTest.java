package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Quick fixes never make things worse (issue 13): every fix offered on every fixture, and on
 * mutated fixtures (a line cut short or given a wrong word, fixed seeds), is applied, and the
 * config is checked again: no syntax error (IX001-IX004: a line that is incomplete, misplaced or
 * malformed) appears that was not there before. Errors of the other rules may appear: a typo fixed
 * in `ike polcy x ... p` lets the rules see the policy, and that its proposal `p` is undefined is
 * news, not damage.
 */
class FixesNeverWorsenTest {

    private static final Pattern SAMPLE = Pattern.compile("^! sample (\\S+)\\s*$", Pattern.MULTILINE);
    /** Mutated variants per fixture: enough to meet every rule's fixes on broken lines, quick enough for CI. */
    private static final int MUTATIONS = 6;

    private final IxLanguageService service = new IxLanguageService();

    @Test
    void theIssueCaseOffersNoFixThatMakesAnError() throws Exception {
        Path file = Fixtures.path("robustness/did-you-mean.ix");
        List<String> worse = worsened(file.toString(), Files.readString(file), List.of());
        assertEquals(List.of(), worse);
        // The typos whose correction is a whole command of their block keep their fix; the others
        // (an interface command outside an interface, a bare `ip`) get none.
        List<String> fixed = EveryOutput.edited(service, Files.readString(file), List.of()).stream()
                .filter(e -> e.diagnostic() != null).map(e -> e.where()).toList();
        assertEquals(List.of("IX001 line 7 fix \"Change to `ike proposal`\"", "IX001 line 8 fix \"Change to `ike policy`\"",
                "IX001 line 10 fix \"Change to `ipsec`\""), fixed);
    }

    @Test
    void noFixOnAnyFixtureOrMutatedFixtureAddsAnError() throws Exception {
        List<String> worse = new ArrayList<>();
        int configs = 0;
        for (Path file : fixtures()) {
            String text = Files.readString(file);
            List<LinkedSample> samples = samplesOf(text);
            String name = Fixtures.root().relativize(file).toString();
            worse.addAll(worsened(name, text, samples));
            configs++;
            String[] lines = text.split("\n", -1);
            Random random = new Random(name.hashCode());
            for (int m = 0; m < MUTATIONS && lines.length > 0; m++) {
                int at = random.nextInt(lines.length);
                List<String> variants = dev.ixls.Mutations.variantsOf(lines[at], random);
                if (variants.isEmpty()) {
                    continue;
                }
                String[] changed = lines.clone();
                changed[at] = variants.get(random.nextInt(variants.size()));
                worse.addAll(worsened(name + " with line " + (at + 1) + " as `" + changed[at] + "`",
                        String.join("\n", changed), samples));
                configs++;
            }
        }
        assertTrue(configs > 500, configs + " configs");
        assertEquals(List.of(), worse.subList(0, Math.min(15, worse.size())), worse.size() + " fix(es) made things worse");
    }

    /** The fixes of a config that add an error, as "config: fix: new error". */
    private List<String> worsened(String name, String text, List<LinkedSample> samples) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> before = errors(text, samples);
        for (EveryOutput.Edited e : EveryOutput.edited(service, text, samples)) {
            if (e.diagnostic() == null && !e.where().equals("update from AWS sample")) {
                continue; // formatting has its own tests (never changes a token)
            }
            Map<String, Integer> after = errors(e.text(), samples);
            after.forEach((error, n) -> {
                if (n > before.getOrDefault(error, 0)) {
                    out.add(name + ": " + e.where() + ": " + error);
                }
            });
        }
        return out;
    }

    private Map<String, Integer> errors(String text, List<LinkedSample> samples) {
        Map<String, Integer> out = new HashMap<>();
        for (Diagnostic d : service.analyze("config.ix", service.model(text), c -> samples, RuleSettings.defaults(),
                () -> { }).diagnostics()) {
            if (d.severity() == Severity.ERROR && d.code().compareTo("IX005") < 0) {
                out.merge(d.code() + " " + d.message().en(), 1, Integer::sum);
            }
        }
        return out;
    }

    static List<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(Fixtures.root())) {
            return files.filter(f -> f.toString().endsWith(".ix")).sorted().toList();
        }
    }

    static List<LinkedSample> samplesOf(String text) throws dev.ixls.aws.SampleFormatException {
        List<LinkedSample> samples = new ArrayList<>();
        Matcher sm = SAMPLE.matcher(text);
        while (sm.find()) {
            for (AwsSample s : AwsSampleReader.readAll(Fixtures.read(sm.group(1)))) {
                samples.add(new LinkedSample(s, sm.group(1)));
            }
        }
        return samples;
    }
}
