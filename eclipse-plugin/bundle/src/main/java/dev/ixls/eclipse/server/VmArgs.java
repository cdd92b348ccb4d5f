package dev.ixls.eclipse.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the "extra server VM arguments" preference into arguments, as a shell would for simple
 * input: blanks separate arguments, and single or double quotes keep blanks inside one argument
 * ({@code -Dixls.log="C:\Program Files\x.log"}). Backslashes are kept as they are, so Windows paths
 * need no escaping.
 */
public final class VmArgs {

    private VmArgs() {
    }

    /**
     * @throws IllegalArgumentException when a quote is not closed
     */
    public static List<String> parse(String text) {
        List<String> args = new ArrayList<>();
        if (text == null) {
            return args;
        }
        StringBuilder current = new StringBuilder();
        boolean inArgument = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inArgument = true;
            } else if (Character.isWhitespace(c)) {
                if (inArgument) {
                    args.add(current.toString());
                    current.setLength(0);
                    inArgument = false;
                }
            } else {
                current.append(c);
                inArgument = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed " + quote + " quote");
        }
        if (inArgument) {
            args.add(current.toString());
        }
        return args;
    }

    /** True when {@link #parse(String)} accepts the text. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
