package dev.ixls.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A console prompt at the start of a line, with the command typed after it:
 * {@code nec-ix01(config)# show ike sa}, {@code ix01# show ip route}, {@code Router(config-Tunnel0.0)#}.
 *
 * @param host the host name before the mode
 * @param command what was typed, trimmed; empty for a bare prompt
 * @param commandStart column of the command in the line, or the line's end when there is none
 */
public record Prompt(String host, String command, int commandStart) {

    /** A host name, an optional (mode), then {@code #}; the lexer of configs reads the same shape. */
    static final Pattern AT_START = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9_.\\-]*)(\\([^()\\s]*\\))?#");

    /** A prompt at the start of a line, or null. */
    static Prompt at(String text) {
        Matcher m = AT_START.matcher(text);
        if (!m.find()) {
            return null;
        }
        int after = m.end();
        String rest = text.substring(after);
        String command = rest.strip();
        int lead = rest.length() - rest.stripLeading().length();
        return new Prompt(m.group(1), command, command.isEmpty() ? text.length() : after + lead);
    }

    public boolean isBare() {
        return command.isEmpty();
    }
}
