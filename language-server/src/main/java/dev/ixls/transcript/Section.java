package dev.ixls.transcript;

import java.util.List;

/**
 * The output of one command in a transcript.
 *
 * @param kind what the output is, from the typed command or, without one, from its first line
 * @param echo the line with the prompt and the typed command, or null when the capture has no prompts
 * @param lines the output lines (not the echo)
 */
public record Section(ShowCommand kind, ShowLine echo, List<ShowLine> lines) {

    /** The typed command, or null when the output came without it. */
    public String command() {
        if (echo == null) {
            return null;
        }
        Prompt p = Prompt.at(echo.text());
        return p == null ? null : p.command();
    }

    /** The first line of the section: its echo, else its first output line. */
    public ShowLine first() {
        return echo != null ? echo : lines.get(0);
    }
}
