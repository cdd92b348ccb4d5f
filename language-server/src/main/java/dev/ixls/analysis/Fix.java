package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import java.util.List;

/** A known remedy for a finding: edits to the checked document, offered as a quick fix. */
public record Fix(LocalizedText title, List<TextEdit> edits) {

    public static Fix of(LocalizedText title, TextEdit... edits) {
        return new Fix(title, List.of(edits));
    }
}
