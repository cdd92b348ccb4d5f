package dev.ixls.transcript;

import dev.ixls.syntax.Range;

/**
 * One line of router output as ixls reads it: a piece of one line of the file. A file line
 * usually holds one; a transcript whose line breaks were lost holds several pieces on one file
 * line, and an Ansible/JSON string holding several lines spans one file line too.
 *
 * @param text the content, with paging prompts and terminal control characters blanked
 * @param line zero-based line of the file
 * @param start first column in that line (UTF-16 units)
 * @param end column after the last character
 */
public record ShowLine(String text, int line, int start, int end) {

    /**
     * Where the line stands in the file, as editors and reports cite it: from its first visible
     * character (a line decoded from a JSON string spans the string).
     */
    public Range range() {
        if (end - start != text.length()) {
            return Range.onLine(line, start, end);
        }
        int lead = text.length() - text.stripLeading().length();
        return Range.onLine(line, start + Math.min(lead, text.length()), start + text.stripTrailing().length());
    }

    public String trimmed() {
        return text.strip();
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
