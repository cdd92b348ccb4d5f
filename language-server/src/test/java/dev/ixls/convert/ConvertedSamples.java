package dev.ixls.convert;

import dev.ixls.aws.AwsSample;
import dev.ixls.aws.Routing;

/** For tests that convert every sample of test-fixtures/aws: options each sample converts with. */
public final class ConvertedSamples {

    private ConvertedSamples() {
    }

    /**
     * The converter's defaults, with this router's AS number when the sample shows a placeholder
     * where it belongs (the converter refuses to guess one, as {@code ixls convert} without
     * {@code --local-asn} does).
     */
    public static ConversionOptions optionsFor(AwsSample sample) {
        boolean placeholderAsn = sample.routing() == Routing.BGP
                && sample.tunnels().stream().allMatch(t -> t.customerAsn() == null);
        return placeholderAsn ? ConversionOptions.defaults().withLocalAsn(65000L) : ConversionOptions.defaults();
    }
}
