package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.SecretRedactor;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import dev.ixls.transcript.ShowLine;
import java.util.Comparator;
import java.util.List;

/**
 * Turns lines into {@link Evidence}, quoting them with every key masked: the words the config
 * parser knows to be secret, and, as a last line of defence, every key the inputs hold.
 */
final class Citations {

    private final DiagnosisInput input;
    private final SecretRedactor redactor;

    Citations(DiagnosisInput input) {
        this.input = input;
        this.redactor = new SecretRedactor(input.secrets());
    }

    Evidence transcript(ShowLine line, LocalizedText note) {
        return new Evidence(Evidence.Source.TRANSCRIPT, input.transcriptLocation(), line.range(),
                redactor.redact(line.trimmed()), redact(note));
    }

    /** A config line, cited where it stands (its own file, or the transcript's running config). */
    Evidence config(Statement s, LocalizedText note) {
        ConfigSource c = input.config();
        return new Evidence(Evidence.Source.CONFIG, c.location(), c.cite(s.range()), redactor.redact(masked(s)),
                redact(note));
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
        return new Evidence(Evidence.Source.SAMPLE, sample.location(), Range.onLine(line, 0, 0), null, redact(note));
    }

    LocalizedText redact(LocalizedText text) {
        return text == null ? null : new LocalizedText(redactor.redact(text.en()), redactor.redact(text.ja()));
    }

    String redact(String text) {
        return redactor.redact(text);
    }

    /** The statement's line from its first visible character, its secret words masked. */
    static String masked(Statement s) {
        StringBuilder sb = new StringBuilder(s.line().text());
        List<Word> secrets = s.secretWords().stream().sorted(Comparator.comparingInt(Word::start).reversed()).toList();
        for (Word w : secrets) {
            sb.replace(w.start(), w.end(), SecretRedactor.MASK);
        }
        return sb.toString().strip();
    }
}
