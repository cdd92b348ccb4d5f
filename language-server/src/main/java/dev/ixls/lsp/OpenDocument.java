package dev.ixls.lsp;

import dev.ixls.model.IxConfig;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.SampleIndex;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.SourceText;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One version of an open document. Immutable except for what is derived from its text (the
 * parsed model, whether it is an AWS sample, the last analysis), which is computed once, on
 * first use, by whichever thread needs it first.
 */
final class OpenDocument {

    /**
     * Larger documents are kept in sync but not checked or read: the server's heap (-Xmx384m, as
     * the clients start it) checks one of this size with room to spare; real configs are far smaller.
     */
    static final int MAX_CHECKED_CHARS = 8 << 20;

    static final String CONFIG_LANGUAGE = "nec-ix";
    static final String SAMPLE_LANGUAGE = "aws-vpn-sample";

    /** An analysis and the state of settings and samples it was made under. */
    record Analyzed(long generation, ConfigAnalysis analysis) {
    }

    final String uri;
    final String key;
    final String languageId;
    final int version;
    final String text;

    private IxConfig model;
    /** The model of an earlier version, until this one's is made: its unchanged lines are not lexed again. */
    private IxConfig earlier;
    private Optional<SampleIndex.Entry> sample;
    private Boolean readsAsConfig;
    private dev.ixls.transcript.ShowTranscript transcript;
    private volatile Analyzed analyzed;

    OpenDocument(String uri, String languageId, int version, String text) {
        this.uri = uri;
        this.key = Uris.key(uri);
        this.languageId = languageId == null ? "" : languageId;
        this.version = version;
        this.text = text == null ? "" : text;
    }

    /** The next version: each change applied in order, ranges in UTF-16 units and clamped to the text. */
    OpenDocument apply(List<TextDocumentContentChangeEvent> changes, int newVersion) {
        String t = text;
        for (TextDocumentContentChangeEvent c : changes) {
            if (c == null || c.getText() == null) {
                continue;
            }
            if (c.getRange() == null) {
                t = c.getText();
                continue;
            }
            SourceText source = new SourceText(t);
            int start = source.offsetAt(Lsp.position(c.getRange().getStart()));
            int end = source.offsetAt(Lsp.position(c.getRange().getEnd()));
            if (end < start) {
                int swap = start;
                start = end;
                end = swap;
            }
            t = t.substring(0, start) + c.getText() + t.substring(end);
        }
        OpenDocument next = new OpenDocument(uri, languageId, newVersion, t);
        next.earlier = latestModel();
        return next;
    }

    /** This version's model, else the earlier one it would be made from; null when none was made. */
    private synchronized IxConfig latestModel() {
        return model != null ? model : earlier;
    }

    boolean tooLarge() {
        return text.length() > MAX_CHECKED_CHARS;
    }

    synchronized IxConfig model(IxLanguageService service) {
        if (model == null) {
            model = service.model(text, earlier);
            earlier = null;
        }
        return model;
    }

    /** The sample this document reads as, by content (whatever the client's language id). */
    synchronized Optional<SampleIndex.Entry> sample() {
        if (sample == null) {
            sample = tooLarge() ? Optional.empty() : SampleIndex.read(key, text, false);
        }
        return sample;
    }

    /**
     * Whether the document is an AWS sample: its content decides. A document the client calls a
     * sample that reads as neither is treated as a sample that could not be recognised.
     */
    boolean isSample() {
        if (sample().isPresent()) {
            return true;
        }
        return SAMPLE_LANGUAGE.equals(languageId) && !readsAsConfig();
    }

    /** Whether the document is a transcript of router output ({@code show} commands): its content decides. */
    boolean isTranscript() {
        return !isSample() && transcript().isTranscript();
    }

    /** The document read as router output (read once; a config reads as a transcript with no outputs). */
    synchronized dev.ixls.transcript.ShowTranscript transcript() {
        if (transcript == null) {
            // A document too large to check is not read as anything (see MAX_CHECKED_CHARS).
            transcript = dev.ixls.transcript.ShowTranscript.readIfLikely(tooLarge() ? "" : text);
        }
        return transcript;
    }

    private synchronized boolean readsAsConfig() {
        if (readsAsConfig == null && tooLarge()) {
            readsAsConfig = false;
        } else if (readsAsConfig == null) {
            var parsed = new dev.ixls.parse.IxConfigParser().parse(text);
            readsAsConfig = parsed.looksLikeIxConfig() && parsed.statements().stream()
                    .anyMatch(s -> s.placement() == dev.ixls.parse.Placement.IN_BLOCK);
        }
        return readsAsConfig;
    }

    Analyzed analyzed() {
        return analyzed;
    }

    void analyzed(Analyzed a) {
        this.analyzed = a;
    }

    Position clamp(Position p) {
        SourceText source = new SourceText(text);
        return source.positionAt(source.offsetAt(p));
    }
}
