package dev.ixls.analysis;

import dev.ixls.aws.AwsSample;

/**
 * An AWS sample the checked config is compared with.
 *
 * @param location where the sample was read from (URI or path), for related-information links
 */
public record LinkedSample(AwsSample sample, String location) {
}
