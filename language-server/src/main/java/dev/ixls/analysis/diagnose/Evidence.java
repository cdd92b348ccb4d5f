package dev.ixls.analysis.diagnose;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;

/**
 * A line a diagnosis rests on: the router's output, a config line, or a line of the AWS sample.
 * Texts are quoted with every key masked.
 *
 * @param location the file (URI or path as the caller named it)
 * @param text the line as quoted, or null when not quoted (sample lines are cited by place)
 * @param note what the line shows
 */
public record Evidence(Source source, String location, Range range, String text, LocalizedText note) {

    public enum Source {
        TRANSCRIPT,
        CONFIG,
        SAMPLE
    }
}
