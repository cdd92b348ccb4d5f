package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.syntax.SourceText;
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
 * malformed) appears on a line that did not have one of that code before. Errors of the other rules may appear: a typo fixed
 * in `ike polcy x ... p` lets the rules see the policy, and that its proposal `p` is undefined is
 * news, not damage.
 */
class FixesNeverWorsenTest {

    /** The codes of the syntax checks against the catalog (IX000-IX004). */
    private static final java.util.Set<RuleCode> SYNTAX = java.util.EnumSet.range(RuleCode.IX000, RuleCode.IX004);

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
        // (an interface command outside an interface, a bare `ip`, a PPP profile for DHCP lines) get none.
        List<String> fixed = EveryOutput.edited(service, Files.readString(file), List.of()).stream()
                .filter(e -> e.diagnostic() != null).map(e -> e.where()).toList();
        assertEquals(List.of("IX001 line 11 fix \"Change to 'ike proposal'\"",
                "IX001 line 12 fix \"Change to 'ike policy'\"", "IX001 line 14 fix \"Change to 'ipsec'\""), fixed);
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

    /** The fixes of a config that add a syntax error, as "config: fix: new error". */
    private List<String> worsened(String name, String text, List<LinkedSample> samples) {
        List<String> out = new ArrayList<>();
        for (EveryOutput.Edited e : EveryOutput.edited(service, text, samples)) {
            if (e.diagnostic() == null && !e.where().equals("update from AWS sample")) {
                continue; // formatting has its own tests (never changes a token)
            }
            for (String added : addedSyntaxErrors(service, text, e.text(), samples)) {
                out.add(name + ": " + e.where() + ": " + added);
            }
        }
        return out;
    }

    /**
     * The syntax errors (IX001-IX004) of {@code after} that {@code before} did not have at the same
     * place: the same line number when the edit kept the number of lines (an edit within lines),
     * else a line of the same text. The same error in other words on the same line (`dns-server`
     * misplaced in another block) is no new error.
     */
    static List<String> addedSyntaxErrors(IxLanguageService service, String before, String after,
            List<LinkedSample> samples) {
        boolean sameLines = new SourceText(before).lineCount() == new SourceText(after).lineCount();
        Map<String, Integer> was = syntaxErrors(service, before, samples, sameLines);
        List<String> out = new ArrayList<>();
        syntaxErrors(service, after, samples, sameLines).forEach((error, n) -> {
            if (n > was.getOrDefault(error, 0)) {
                out.add(error);
            }
        });
        return out;
    }

    private static Map<String, Integer> syntaxErrors(IxLanguageService service, String text, List<LinkedSample> samples,
            boolean byNumber) {
        SourceText source = new SourceText(text);
        Map<String, Integer> out = new HashMap<>();
        for (Diagnostic d : service.analyze("config.ix", service.model(text), c -> samples, RuleSettings.defaults(),
                () -> { }).diagnostics()) {
            if (d.severity() == Severity.ERROR && SYNTAX.contains(d.code())) {
                int line = d.range().start().line();
                String place = byNumber ? "line " + (line + 1)
                        : "`" + (line < source.lineCount() ? source.line(line).strip() : "") + "`";
                out.merge(d.code() + " on " + place, 1, Integer::sum);
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
