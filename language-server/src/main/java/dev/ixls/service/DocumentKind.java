package dev.ixls.service;

import dev.ixls.aws.AwsSampleReader;
import dev.ixls.parse.IxConfigParser;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.transcript.ShowTranscript;
import java.util.Locale;

/**
 * What a text is, told by its content only, with the detectors the rest of ixls uses: an AWS
 * sample ({@link AwsSampleReader#looksLikeSample}), a transcript of router output
 * ({@link ShowTranscript}), an IX config ({@link ParsedConfig#looksLikeIxConfig}), or something
 * else. Editors ask the server ({@code ixls.detectDocumentKind}) rather than guess by file name.
 */
public enum DocumentKind {
    CONFIG,
    AWS_SAMPLE,
    TRANSCRIPT,
    OTHER;

    /** Texts larger than this are not looked at (the server checks no larger document). */
    public static final int MAX_CHARS = 8 << 20;

    /** The name on the wire: {@code config}, {@code awsSample}, {@code transcript}, {@code other}. */
    public String wireName() {
        return this == AWS_SAMPLE ? "awsSample" : name().toLowerCase(Locale.ROOT);
    }

    public static DocumentKind of(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_CHARS) {
            return OTHER;
        }
        if (AwsSampleReader.looksLikeSample(text)) {
            return AWS_SAMPLE;
        }
        if (ShowTranscript.readIfLikely(text).isTranscript()) {
            return TRANSCRIPT;
        }
        ParsedConfig parsed = new IxConfigParser().parse(text);
        // A few known commands are not enough for a short text: prose may start with "hostname".
        boolean known = parsed.statements().stream().filter(s -> s.placement() == Placement.IN_BLOCK).count() >= 2;
        return known && parsed.looksLikeIxConfig() ? CONFIG : OTHER;
    }
}
