package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Related information into the sample lands on the value it is about (the key, the address), not column 1. */
class RelatedRangesTest {

    private final IxLanguageService service = new IxLanguageService();

    private static List<LinkedSample> withText(String fixture) throws Exception {
        String text = Fixtures.read(fixture);
        List<LinkedSample> out = new ArrayList<>();
        for (AwsSample s : AwsSampleReader.readAll(text)) {
            out.add(new LinkedSample(s, fixture, text));
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"aws/seed-article-cisco-flattened.txt", "aws/customer-gateway-bgp.xml",
            "aws/generic-bgp.txt"})
    void theKeyAndThePeerAreWhereTheSampleShowsThem(String fixture) throws Exception {
        List<LinkedSample> samples = withText(fixture);
        String sampleText = Fixtures.read(fixture);
        // A config built from the sample, with tunnel 1's peer mistyped and tunnel 2's key wrong.
        String config = dev.ixls.convert.IxConfigConverter.convert(samples.get(0).sample(),
                dev.ixls.convert.ConversionOptions.defaults().withLocalAsn(65000L));
        var t1 = samples.get(0).sample().tunnels().get(0);
        var t2 = samples.get(0).sample().tunnels().get(1);
        String typo = t1.awsOutsideAddress().substring(0, t1.awsOutsideAddress().length() - 1) + "9";
        config = config.replace("peer " + t1.awsOutsideAddress() + " key", "peer " + typo + " key")
                .replace(t2.presharedKey().reveal(), "WrongKeyWrongKeyWrongKeyWrong123");
        List<Diagnostic> found = service.analyze("x.ix", config, samples, RuleSettings.defaults()).diagnostics();
        SourceText source = new SourceText(sampleText);
        int checked = 0;
        for (Diagnostic d : found) {
            if (d.code() != RuleCode.IX502 && d.code() != RuleCode.IX503) {
                continue;
            }
            RelatedLocation r = d.related().stream().filter(x -> fixture.equals(x.location())).findFirst().orElseThrow();
            Range range = r.range();
            String shown = source.line(range.start().line()).substring(range.start().character(), range.end().character());
            assertEquals(d.code() == RuleCode.IX502 ? t1.awsOutsideAddress() : t2.presharedKey().reveal(), shown,
                    d.code() + " points at " + range);
            checked++;
        }
        assertEquals(2, checked, found.toString());
    }
}
