package dev.ixls.transcript;

/**
 * Part of a transcript ixls did not use: the output of a command it does not read, output it did
 * not recognise, or lines that belong to no output. Reported as a note, never as an error.
 *
 * @param command the typed command, or null when the lines came without one
 * @param reason why the text was not used
 * @param first the first line of the text
 * @param lineCount how many lines it spans
 * @param commands how many commands in a row were not read (their notes are merged into one)
 */
public record SkippedText(String command, Reason reason, ShowLine first, int lineCount, int commands) {

    SkippedText(String command, Reason reason, ShowLine first, int lineCount) {
        this(command, reason, first, lineCount, 1);
    }

    public enum Reason {
        /** A command whose output ixls does not read ({@code show version}, {@code configure}, ...). */
        COMMAND_NOT_READ,
        /** Output of a command ixls reads, in a shape it did not recognise. */
        OUTPUT_NOT_RECOGNISED,
        /** Lines that belong to no command's output. */
        NOT_OUTPUT
    }
}
