package dev.ixls.syntax;

import java.util.List;
import java.util.Set;

/**
 * Lines that a router prints, or that a user types at its console, which are not configuration:
 * the {@code Using N out of M bytes} and {@code Current configuration:} lines of
 * {@code show running-config}, and exec commands such as {@code show running-config} typed after
 * a prompt in a pasted transcript ({@code router(config)# show running-config}).
 */
public final class ConsoleText {

    /** Commands of the router's exec level: after a prompt they show or do something, they configure nothing. */
    private static final Set<String> EXEC_COMMANDS = Set.of("show", "write", "copy", "ping", "ping6", "traceroute",
            "traceroute6", "clear", "reload", "enable-config", "svintr-config", "erase", "debug", "undebug");

    private ConsoleText() {
    }

    /**
     * What a lexed line really is: {@code kind} as the grammar read it, unless the words are one of
     * the console's own lines.
     *
     * @param prompted whether a console prompt stood before the words
     */
    public static LineKind classify(LineKind kind, List<Word> words, boolean prompted) {
        if (kind != LineKind.COMMAND || words.isEmpty()) {
            return kind;
        }
        if (isHeader(words)) {
            return LineKind.HEADER;
        }
        if (prompted && EXEC_COMMANDS.contains(words.get(0).text())) {
            return LineKind.CONSOLE;
        }
        return kind;
    }

    /**
     * {@code Using 1234 out of 524288 bytes}, {@code Current configuration:} (also
     * {@code Current configuration : 1234 bytes}) and {@code Building configuration...}: the lines
     * {@code show running-config} prints before the configuration.
     */
    private static boolean isHeader(List<Word> words) {
        String first = words.get(0).text();
        if (first.equals("Using")) {
            return words.size() == 6 && words.get(2).text().equals("out") && words.get(3).text().equals("of")
                    && words.get(5).text().equals("bytes");
        }
        if (first.equals("Current") && words.size() >= 2) {
            String second = words.get(1).text();
            return second.equals("configuration:") || second.equals("configuration") && words.size() >= 3
                    && words.get(2).text().startsWith(":");
        }
        return first.equals("Building") && words.size() == 2 && words.get(1).text().startsWith("configuration");
    }
}
