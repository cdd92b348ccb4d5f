package dev.ixls.service;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import java.util.List;

/** AWS samples from test-fixtures/aws, linked as the server links them (location = a URI). */
final class Samples {

    /** vpn-0e88bfbe4ce7ff72a: tunnel #1 18.182.91.31 (inside 169.254.128.172/30), #2 52.198.204.130. */
    static final String SEED = "aws/seed-article-cisco-flattened.txt";

    private Samples() {
    }

    static List<LinkedSample> linked(String fixture) {
        try {
            return AwsSampleReader.readAll(Fixtures.read(fixture)).stream()
                    .map(s -> new LinkedSample(s, Fixtures.path(fixture).toUri().toString())).toList();
        } catch (SampleFormatException e) {
            throw new AssertionError(e);
        }
    }

    /** The seed article's pre-shared key of tunnel #1, as in test-fixtures/ix/seed-article.ix. */
    static final String SEED_KEY_1 = "hngyiJd8N5pulvK9QDMXZ02BDDLCz10K";
}
