package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.service.IxLanguageService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The converter's output for every real sample fixture checks clean against that sample. */
class RealSampleRoundTripTest {

    private final IxLanguageService service = new IxLanguageService();

    @TestFactory
    Stream<DynamicTest> convertedSamplesCheckClean() throws IOException, SampleFormatException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.path("aws"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".md")
                    && !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                String name = "aws/" + file.getFileName();
                for (AwsSample sample : AwsSampleReader.readAll(Fixtures.read(name))) {
                    for (IkeVersion version : IkeVersion.values()) {
                        // describe-vpn-connections.json allows IKEv2 only, and -ix-cannot.json options IX cannot
                        // meet: no config of the version refused can be clean (IxCannotDoTest covers them).
                        if (GeneratedSamples.expressible(sample, version)) {
                            tests.add(DynamicTest.dynamicTest(name + " " + sample.connectionId() + " " + version,
                                    () -> assertClean(name, sample, version)));
                        }
                    }
                }
            }
        }
        assertTrue(tests.size() >= 20, "expected every sample fixture in both IKE versions: " + tests.size());
        return tests.stream();
    }

    private void assertClean(String location, AwsSample sample, IkeVersion version) {
        ConversionOptions options = ConversionOptions.defaults().withIkeVersion(version)
                .withStaticRoutes(List.of(Ipv4Prefix.of("10.0.0.0/16")))
                .withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24")))
                .withLocalAsn(sample.customerAsnMissing() ? 65000L : null); // YOUR_BGP_ASN in documented samples
        String config = IxConfigConverter.convert(sample, options);
        List<String> errors = service.analyze("converted.ix", config, List.of(new LinkedSample(sample, location)),
                RuleSettings.defaults()).diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(d -> (d.range().start().line() + 1) + " " + d.code() + " " + d.message().en()).toList();
        assertEquals(List.of(), errors, config);
    }
}
