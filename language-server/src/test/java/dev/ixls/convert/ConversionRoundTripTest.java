package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.analysis.TunnelStatuses;
import dev.ixls.aws.AwsSample;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.IxLanguageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Convert, then check against the same sample: the whole rule catalog finds no error, and every
 * tunnel passes every check of its status.
 */
class ConversionRoundTripTest {

    private final IxLanguageService service = new IxLanguageService();

    /** Cases per IKE version. Each is reproducible from the seed in its name. */
    private static final int CASES = 300;

    /**
     * The first seed. Fixed so that CI is repeatable; run with {@code -Dixls.seed=N} (or
     * {@code -Dixls.seed=random}) to explore other samples.
     */
    private static long baseSeed() {
        String configured = System.getProperty("ixls.seed", "20261128");
        return configured.equals("random") ? new Random().nextLong() : Long.parseLong(configured);
    }

    @TestFactory
    Stream<DynamicTest> ikev1OutputChecksClean() {
        return cases(IkeVersion.V1, ConversionOptions.defaults());
    }

    @TestFactory
    Stream<DynamicTest> ikev2OutputChecksClean() {
        return cases(IkeVersion.V2, ConversionOptions.defaults().withIkeVersion(IkeVersion.V2)
                .withStaticRoutes(List.of(Ipv4Prefix.of("10.0.0.0/16")))
                .withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24"))));
    }

    private Stream<DynamicTest> cases(IkeVersion version, ConversionOptions options) {
        List<DynamicTest> tests = new ArrayList<>();
        long seed = baseSeed();
        while (tests.size() < CASES) {
            long s = seed++;
            AwsSample sample = GeneratedSamples.sample(new Random(s));
            // Samples whose stated options IX cannot meet with this IKE version are not convertible.
            if (GeneratedSamples.expressible(sample, version)) {
                tests.add(DynamicTest.dynamicTest("seed " + s, () -> assertClean(sample, options)));
            }
        }
        return tests.stream();
    }

    private void assertClean(AwsSample sample, ConversionOptions options) {
        String config = IxConfigConverter.convert(sample, options);
        List<LinkedSample> samples = List.of(new LinkedSample(sample, "sample.xml"));
        ConfigAnalysis analysis = service.analyze("generated.ix", config, samples, RuleSettings.defaults());
        List<Diagnostic> errors = analysis.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(d -> (d.range().start().line() + 1) + " " + d.code() + " "
                + d.message().en()).toList(), config);
        AnalysisContext context = new AnalysisContext("generated.ix", analysis.config(), samples, service.catalog());
        for (TunnelStatus status : TunnelStatuses.of(context)) {
            assertEquals(status.total(), status.passed(), status.checks() + "\n" + config);
        }
    }
}
