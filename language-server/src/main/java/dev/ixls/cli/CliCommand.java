package dev.ixls.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * A command of {@code ixls}: its syntax, the options and parameters {@link Arguments} hands it one
 * by one (converted and checked here, so that a bad value is a usage error), and its work in
 * {@link #call}, which returns the exit code.
 */
abstract class CliCommand implements Callable<Integer> {

    /** Where the command writes its result and its messages; set before {@link #call}. */
    PrintWriter out;
    PrintWriter err;

    abstract CommandSyntax syntax();

    /**
     * Takes one option.
     *
     * @param name the option's first name ({@code --output} for {@code -o} too)
     * @param value its value, or null for a flag
     */
    abstract void option(String name, String value) throws UsageException;

    /** Takes one positional parameter; {@link Arguments} has checked their number against the syntax. */
    void parameter(String value) throws UsageException {
        throw new UsageException("cli.usage.unmatchedArgument", "value", value);
    }

    static Path path(String option, String value) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException("cli.usage.notAPath", "option", option, "value", value);
        }
    }

    static int integer(String option, String value) throws UsageException {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.usage.notAnInt", "option", option, "value", value);
        }
    }

    static long longInteger(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("cli.usage.notALong", "option", option, "value", value);
        }
    }
}
