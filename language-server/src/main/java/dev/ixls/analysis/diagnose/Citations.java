package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.parse.SecretWords;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import dev.ixls.transcript.ShowLine;
import java.util.Comparator;
import java.util.List;

/**
 * Turns lines into {@link Evidence}, quoting them with every key masked by its position: the words
 * the config parser knows to be keys ({@link Statement#secretWords}), and on a line of router
 * output the word after {@code key}, {@code password} or {@code secret} ({@link SecretWords#masked}).
 * Nothing is masked by its text: a key {@code 1} must not mask every {@code 1} of the output.
 */
final class Citations {

    private final DiagnosisInput input;

    Citations(DiagnosisInput input) {
        this.input = input;
    }

    Evidence transcript(ShowLine line, LocalizedText note) {
        return new Evidence(Evidence.Source.TRANSCRIPT, input.transcriptLocation(), line.range(),
                SecretWords.masked(line.trimmed()), note);
    }

    /** A config line, cited where it stands (its own file, or the transcript's running config). */
    Evidence config(Statement s, LocalizedText note) {
        ConfigSource c = input.config();
        return new Evidence(Evidence.Source.CONFIG, c.location(), c.cite(s.range()), masked(s), note);
    }

    /** The config line at a range of the config (a value a proposal offers), or null. */
    Evidence configAt(Range range, LocalizedText note) {
        ConfigSource c = input.config();
        if (c == null || range == null) {
            return null;
        }
        Statement s = c.config().parsed().statementAt(range.start().line());
        return s == null ? null : config(s, note);
    }

    Evidence sample(LinkedSample sample, AwsTunnel tunnel, SampleField field, LocalizedText note) {
        int line = Math.max(tunnel.lineOf(field), 0);
        return new Evidence(Evidence.Source.SAMPLE, sample.location(), Range.onLine(line, 0, 0), null, note);
    }

    /** The statement's line from its first visible character, its secret words masked. */
    static String masked(Statement s) {
        StringBuilder sb = new StringBuilder(s.line().text());
        List<Word> secrets = s.secretWords().stream().sorted(Comparator.comparingInt(Word::start).reversed()).toList();
        for (Word w : secrets) {
            sb.replace(w.start(), w.end(), SecretWords.MASK);
        }
        return sb.toString().strip();
    }
}
