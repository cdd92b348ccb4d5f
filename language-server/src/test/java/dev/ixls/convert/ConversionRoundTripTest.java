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
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Convert, then check against the same sample: the whole rule catalog finds no error, and every
 * tunnel passes every check of its status.
 */
class ConversionRoundTripTest {

    private final IxLanguageService service = new IxLanguageService();

    @Provide
    Arbitrary<AwsSample> ikev1Samples() {
        return GeneratedSamples.samples().filter(s -> GeneratedSamples.expressible(s, IkeVersion.V1));
    }

    @Provide
    Arbitrary<AwsSample> ikev2Samples() {
        return GeneratedSamples.samples().filter(s -> GeneratedSamples.expressible(s, IkeVersion.V2));
    }

    @Property(tries = 300)
    void ikev1OutputChecksClean(@ForAll("ikev1Samples") AwsSample sample) {
        assertClean(sample, ConversionOptions.defaults());
    }

    @Property(tries = 300)
    void ikev2OutputChecksClean(@ForAll("ikev2Samples") AwsSample sample) {
        assertClean(sample, ConversionOptions.defaults().withIkeVersion(IkeVersion.V2)
                .withStaticRoutes(List.of(Ipv4Prefix.of("10.0.0.0/16")))
                .withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24"))));
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
