package dev.ixls.analysis;

import dev.ixls.aws.AwsSample;

/**
 * An AWS sample the checked config is compared with.
 *
 * @param location where the sample was read from (URI or path), for related-information links
 * @param text the sample's text when known (to place related information on the value itself), else null
 */
public record LinkedSample(AwsSample sample, String location, String text) {

    public LinkedSample(AwsSample sample, String location) {
        this(sample, location, null);
    }
}
