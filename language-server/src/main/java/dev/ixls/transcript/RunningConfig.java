package dev.ixls.transcript;

import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import java.util.List;

/**
 * The output of {@code show running-config} inside a transcript: a config, for the config parser.
 * Line {@code k} of {@link #text()} is output line {@code k} of the section, so a place in the
 * config maps back to the transcript with {@link #toTranscript(Range)}.
 */
public final class RunningConfig {

    private final List<ShowLine> lines;
    private final String text;

    RunningConfig(List<ShowLine> lines) {
        this.lines = List.copyOf(lines);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lines.get(i).text());
        }
        this.text = sb.toString();
    }

    /** The config's text, one line per output line. */
    public String text() {
        return text;
    }

    /** The first line of the config in the transcript. */
    public ShowLine first() {
        return lines.get(0);
    }

    /** A range in {@link #text()} as a range in the transcript file. */
    public Range toTranscript(Range inConfig) {
        return new Range(toTranscript(inConfig.start()), toTranscript(inConfig.end()));
    }

    private Position toTranscript(Position p) {
        if (lines.isEmpty()) {
            return p;
        }
        ShowLine l = lines.get(Math.max(0, Math.min(p.line(), lines.size() - 1)));
        boolean mapped = l.end() - l.start() == l.text().length();
        int column = mapped ? l.start() + Math.min(p.character(), l.text().length()) : l.start();
        return new Position(l.line(), column);
    }
}
