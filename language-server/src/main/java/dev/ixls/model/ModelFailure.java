package dev.ixls.model;

/**
 * A part of a config the model builder could not read because ixls itself failed on it (a bug,
 * never the user's mistake): the rest of the model is built without it, and the check reports it
 * as an internal error so that no one takes the missing findings for a clean bill.
 *
 * @param line the 0-based line where reading failed, or {@link #WHOLE_FILE}
 * @param step what was being read: a command id or a structure ({@code interface Tunnel0.0})
 * @param error the exception's class name (never its message, which may quote the config)
 */
public record ModelFailure(int line, String step, String error) {

    /** The line of a failure that cost the whole file's model (its lines are still checked for syntax). */
    public static final int WHOLE_FILE = -1;
    /** The step of a parser failure. */
    public static final String PARSE = "parse";
    /** The step of a failure while assembling the model from its parts. */
    public static final String MODEL = "model";

    /** A failure that cost the whole file's model. */
    public static ModelFailure ofFile(String step, Throwable e) {
        return new ModelFailure(WHOLE_FILE, step, e.getClass().getSimpleName());
    }

    static ModelFailure of(int line, String step, Throwable e) {
        return new ModelFailure(line, step, e.getClass().getSimpleName());
    }
}
