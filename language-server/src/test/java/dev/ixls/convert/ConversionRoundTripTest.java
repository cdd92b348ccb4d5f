package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;

/** Convert, then check against the same sample: the whole rule catalog finds no error. */
class ConversionRoundTripTest {

    private final IxLanguageService service = new IxLanguageService();

    @Provide
    Arbitrary<AwsSample> samples() {
        return GeneratedSamples.samples();
    }

    @Property(tries = 300)
    void ikev1OutputChecksClean(@ForAll("samples") AwsSample sample) {
        assertNoErrors(sample, ConversionOptions.defaults());
    }

    @Property(tries = 300)
    void ikev2OutputChecksClean(@ForAll("samples") AwsSample sample) {
        assertNoErrors(sample, ConversionOptions.defaults().withIkeVersion(IkeVersion.V2)
                .withStaticRoutes(List.of(Ipv4Prefix.of("10.0.0.0/16")))
                .withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24"))));
    }

    private void assertNoErrors(AwsSample sample, ConversionOptions options) {
        String config = IxConfigConverter.convert(sample, options);
        List<Diagnostic> errors = service.analyze("generated.ix", config,
                List.of(new LinkedSample(sample, "sample.xml")), RuleSettings.defaults()).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors.stream().map(d -> (d.range().start().line() + 1) + " " + d.code() + " "
                + d.message().en()).toList(), config);
    }
}
