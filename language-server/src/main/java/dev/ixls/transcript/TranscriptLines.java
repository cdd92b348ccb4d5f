package dev.ixls.transcript;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.ixls.syntax.SourceText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a captured console or SSH session into the lines the router printed, whatever happened to
 * the capture on the way:
 * <ul>
 * <li>CR, LF or CRLF line ends ({@link SourceText});</li>
 * <li>the pager's {@code --More--}, the backspaces that erase it, terminal escape sequences and
 *     other control characters: blanked, so that columns still point into the file;</li>
 * <li>lines captured by automation tools as JSON strings (Ansible's {@code stdout_lines} in a
 *     debug task, netmiko output dumped as JSON): decoded, several lines per string when it holds
 *     {@code \n};</li>
 * <li>text whose line breaks were lost (a web page copied, as in the seed article): broken again
 *     before each prompt and each line opening the router prints ({@link #OUTPUT_LINE_STARTS}).
 *     Inside {@code show running-config} nothing is broken: a config is the config parser's.</li>
 * </ul>
 */
final class TranscriptLines {

    private TranscriptLines() {
    }

    private static final Pattern MORE = Pattern.compile("-{1,2} ?More ?-{1,2}[\\u0008 ]*");
    private static final Pattern ESCAPE = Pattern.compile("\\u001B\\[[0-9;?]*[A-Za-z]|\\u001B[()][A-Za-z0-9]|\\u001B.");
    /** A JSON string on a line of its own or as the value of a key, optionally inside [ ]. */
    private static final Pattern JSON_STRING = Pattern.compile(
            "^\\s*(?:\"[A-Za-z0-9_]+\"\\s*:\\s*)?\\[?\\s*(\"(?:[^\"\\\\]|\\\\.)*\")\\s*]?\\s*,?\\s*$");
    private static final Pattern USING_BYTES = Pattern.compile("^\\s*Using \\d+ out of \\d+ bytes");

    /**
     * Openings of the lines IX prints in the outputs ixls reads (layouts in
     * shared/reference/ix-show-output.md). A line whose breaks were lost is broken before each of
     * them; each is specific enough never to stand in the middle of a real output line.
     */
    static final Pattern OUTPUT_LINE_STARTS = Pattern.compile(String.join("|",
            // show ike sa
            "ISAKMP SA - \\d", "Local address is ", "Remote address is ", "IKE policy name is ", "Direction is ",
            "Initiator's cookie is ", "Responder's cookie is ", "Exchange type is ", "NAT-Traversal ",
            "NAT detected ", "State is ", "Authentication method is ", "Encryption algorithm is ",
            "Hash algorithm is ", "DH group is ", "#ph[12] success:", "#ph[12] hash err:",
            // show ipsec sa
            "IPsec SA - \\d", "Interface is ", "Key policy map name is ", "UDP encapsulation ",
            "(?<!encapsulation )Tunnel mode, ", "Outgoing interface is ", "Interface MTU is ", "Inbound:",
            "Outbound:", "(?:ESP|AH), SPI is ", "Transform is ", "Remaining lifetime is ",
            "Replay detection support is ", "Perfect forward secrecy is ",
            // show ip route
            "IP Routing Table - ", "Entries: \\d", "Codes: ", "Timers: ",
            "(?:[CSROB]|IA|N1|N2|E1|E2)\\*?\\s+\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+\\s+\\[",
            "\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+ is subnetted",
            // show ip bgp summary, show ip bgp neighbors ... advertised-routes
            "BGP router ID ", "\\d+ BGP AS-PATH entries", "Neighbor\\s+V\\s+AS",
            "\\d+\\.\\d+\\.\\d+\\.\\d+\\s+4\\s+\\d+\\s+\\d+\\s+\\d+\\s", "Total number of (?:neighbors|prefixes)",
            "BGP table version is ", "Local AS number ", "Status codes: ", "Origin codes: ", "Network\\s+Next Hop",
            "\\*[>i]*\\s*\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+",
            // show interfaces, show ip interface
            "Interface \\S+ is (?:up|down|administratively|dormant)", "Internet address is ", "Statistics:",
            "\\d+ packets (?:input|output)",
            // ping
            "PING ", "\\d+ bytes from ", "--- \\S+ ping statistics ---", "\\d+ packets transmitted", "round-trip ",
            // the event log: one event per stamp
            "\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]+\\.\\d{3}:"));

    static List<ShowLine> read(String text) {
        SourceText source = new SourceText(text);
        List<ShowLine> physical = new ArrayList<>(source.lineCount());
        for (int i = 0; i < source.lineCount(); i++) {
            String raw = source.line(i);
            physical.addAll(decodeJson(new ShowLine(clean(raw), i, 0, raw.length())));
        }
        Set<String> hosts = hostsOf(physical);
        List<ShowLine> out = new ArrayList<>(physical.size());
        boolean inConfig = false;
        for (ShowLine l : physical) {
            for (ShowLine piece : splitAtPrompts(l, hosts)) {
                Prompt p = Prompt.at(piece.text());
                if (p != null) {
                    inConfig = !p.isBare() && ShowCommand.of(p.command()) == ShowCommand.RUNNING_CONFIG;
                    if (inConfig || p.isBare()) {
                        out.add(piece);
                        continue;
                    }
                    // The output of a command may follow its echo on the same line (breaks lost).
                    int commandEnd = firstOutputStart(piece, p.commandStart());
                    out.add(piece.text().length() == commandEnd ? piece : sub(piece, 0, commandEnd));
                    if (commandEnd < piece.text().length()) {
                        out.addAll(splitAtOutputStarts(sub(piece, commandEnd, piece.text().length())));
                    }
                    continue;
                }
                if (USING_BYTES.matcher(piece.text()).find()) {
                    inConfig = true;
                } else if (inConfig && startsOutput(piece.trimmed())) {
                    inConfig = false;
                }
                if (inConfig) {
                    out.add(piece);
                } else {
                    out.addAll(splitAtOutputStarts(piece));
                }
            }
        }
        return out;
    }

    /** Whether a line opens the output of a show command other than the config. */
    private static boolean startsOutput(String trimmed) {
        return trimmed.startsWith("ISAKMP SA - ") || trimmed.startsWith("IPsec SA - ")
                || trimmed.startsWith("IP Routing Table - ") || trimmed.startsWith("BGP router ID ");
    }

    /** Blanks what the terminal added: the pager prompt, escape sequences, control characters. */
    static String clean(String raw) {
        char[] c = raw.toCharArray();
        boolean changed = false;
        for (Pattern p : new Pattern[] {MORE, ESCAPE}) {
            Matcher m = p.matcher(raw);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    c[i] = ' ';
                }
                changed = true;
            }
        }
        for (int i = 0; i < c.length; i++) {
            if ((c[i] < 0x20 && c[i] != '\t') || c[i] == 0x7f) {
                c[i] = ' ';
                changed = true;
            }
        }
        return changed ? new String(c) : raw;
    }

    /** The lines inside a JSON string, each placed on the string's span; other lines as they are. */
    private static List<ShowLine> decodeJson(ShowLine l) {
        Matcher m = JSON_STRING.matcher(l.text());
        if (!m.matches()) {
            return List.of(l);
        }
        String decoded;
        try {
            decoded = JsonParser.parseString(m.group(1)).getAsString();
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            return List.of(l);
        }
        List<ShowLine> out = new ArrayList<>();
        for (String part : decoded.split("\\r\\n|\\r|\\n", -1)) {
            out.add(new ShowLine(clean(part), l.line(), m.start(1), m.end(1)));
        }
        return out;
    }

    /** Host names of the prompts that open lines: a prompt of one of them may also stand mid-line. */
    private static Set<String> hostsOf(List<ShowLine> lines) {
        Set<String> hosts = new HashSet<>();
        for (ShowLine l : lines) {
            Prompt p = Prompt.at(l.text());
            if (p != null) {
                hosts.add(p.host());
            }
        }
        return hosts;
    }

    private static final Pattern MID_PROMPT = Pattern.compile(
            "(?<=\\s)([A-Za-z0-9][A-Za-z0-9_.\\-]*)(\\([^()\\s]*\\))?#(?=\\s|$)");

    /** Breaks a line before every prompt of a known host (or any host in a configuration mode). */
    private static List<ShowLine> splitAtPrompts(ShowLine l, Set<String> hosts) {
        Matcher m = MID_PROMPT.matcher(l.text());
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            boolean mode = m.group(2) != null && m.group(2).startsWith("(config");
            if ((hosts.contains(m.group(1)) || mode) && !l.text().substring(0, m.start()).isBlank()) {
                cuts.add(m.start());
            }
        }
        return cut(l, cuts);
    }

    /** Where the output starts after a command typed on a line whose breaks were lost. */
    private static int firstOutputStart(ShowLine l, int from) {
        Matcher m = OUTPUT_LINE_STARTS.matcher(l.text());
        m.region(from, l.text().length());
        while (m.find()) {
            if (m.start() > from && Character.isWhitespace(l.text().charAt(m.start() - 1))) {
                return m.start();
            }
        }
        return l.text().length();
    }

    private static List<ShowLine> splitAtOutputStarts(ShowLine l) {
        Matcher m = OUTPUT_LINE_STARTS.matcher(l.text());
        List<Integer> cuts = new ArrayList<>();
        while (m.find()) {
            int at = m.start();
            if (at > 0 && Character.isWhitespace(l.text().charAt(at - 1)) && !l.text().substring(0, at).isBlank()) {
                cuts.add(at);
            }
        }
        return cut(l, cuts);
    }

    private static List<ShowLine> cut(ShowLine l, List<Integer> cuts) {
        if (cuts.isEmpty()) {
            return List.of(l);
        }
        List<ShowLine> out = new ArrayList<>(cuts.size() + 1);
        int from = 0;
        for (int at : cuts) {
            out.add(sub(l, from, at));
            from = at;
        }
        out.add(sub(l, from, l.text().length()));
        return out;
    }

    /** A piece of a line, without the blanks at its end; columns follow the file when the text does. */
    private static ShowLine sub(ShowLine l, int from, int to) {
        String t = l.text().substring(from, to).stripTrailing();
        boolean mapped = l.end() - l.start() == l.text().length();
        return mapped ? new ShowLine(t, l.line(), l.start() + from, l.start() + from + t.length())
                : new ShowLine(t, l.line(), l.start(), l.end());
    }
}
