package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts a transcript's lines into the outputs of single commands. With prompts, each echo
 * ({@code host# show ...}) opens a section that runs to the next prompt. Without prompts (output
 * captured by an automation tool) a section opens at the first line each output is known to start
 * with; lines that start no known output and follow none are kept apart, to be reported as not read.
 */
final class Sections {

    private Sections() {
    }

    static final Pattern LOG_STAMP = Pattern.compile("^\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]+\\.\\d{3}:");
    private static final Pattern INTERFACE_STATE = Pattern.compile("^Interface \\S+ is (?:up|down|administratively|dormant)");
    private static final Pattern PING_HEADER = Pattern.compile("^PING \\S+ > \\S+");

    /** Lines of the file that belong to no output: reported, never silently dropped. */
    record Stray(List<ShowLine> lines) {
    }

    record Cut(List<Section> sections, List<Stray> strays) {
    }

    static Cut cut(List<ShowLine> lines) {
        List<Section> sections = new ArrayList<>();
        List<Stray> strays = new ArrayList<>();
        ShowCommand kind = null;
        ShowLine echo = null;
        List<ShowLine> body = new ArrayList<>();
        List<ShowLine> stray = new ArrayList<>();
        for (ShowLine l : lines) {
            Prompt p = Prompt.at(l.text());
            if (p != null) {
                close(sections, kind, echo, body);
                flush(strays, stray);
                kind = p.isBare() ? null : ShowCommand.of(p.command());
                echo = p.isBare() ? null : l;
                body = new ArrayList<>();
                continue;
            }
            ShowCommand signature = signature(l.trimmed(), kind);
            boolean trustEcho = echo != null
                    && (kind == ShowCommand.OTHER || kind == ShowCommand.RUNNING_CONFIG || !HEADERS.contains(signature));
            // A message of a mangled log may read like another output's line (Interface X is down).
            boolean logMessage = kind == ShowCommand.LOGGING && !HEADERS.contains(signature);
            if (signature != null && !trustEcho && !logMessage && family(signature) != family(kind)) {
                // Another output starts without its prompt (pasted after the last command typed).
                close(sections, kind, echo, body);
                flush(strays, stray);
                kind = signature;
                echo = null;
                body = new ArrayList<>();
            }
            if (kind == null) {
                stray.add(l);
                continue;
            }
            body.add(l);
        }
        close(sections, kind, echo, body);
        flush(strays, stray);
        return new Cut(sections, strays);
    }

    private static void close(List<Section> sections, ShowCommand kind, ShowLine echo, List<ShowLine> body) {
        if (kind != null && (echo != null || !body.isEmpty())) {
            sections.add(new Section(kind, echo, List.copyOf(body)));
        }
    }

    private static final Pattern PUNCTUATION = Pattern.compile("^[\\s\\[\\]{},]*$");

    /** Blank lines, {@code !} comments and the brackets of JSON around captured lines are no loss. */
    private static void flush(List<Stray> strays, List<ShowLine> stray) {
        if (stray.stream().anyMatch(l -> !l.trimmed().startsWith("!") && !PUNCTUATION.matcher(l.text()).matches())) {
            int first = 0;
            while (stray.get(first).isBlank()) {
                first++;
            }
            strays.add(new Stray(List.copyOf(stray.subList(first, stray.size()))));
        }
        stray.clear();
    }

    /** Outputs whose first line is a header no other output prints: they may end a typed command's output. */
    private static final java.util.Set<ShowCommand> HEADERS = java.util.EnumSet.of(ShowCommand.IKE_SA,
            ShowCommand.IPSEC_SA, ShowCommand.IP_ROUTE, ShowCommand.BGP_SUMMARY, ShowCommand.LOGGING);

    /** Outputs that start alike: a brief form and its full form, show interfaces and show ip interface. */
    private static ShowCommand family(ShowCommand kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case IKE_SA_BRIEF -> ShowCommand.IKE_SA;
            case IPSEC_SA_BRIEF -> ShowCommand.IPSEC_SA;
            case IP_INTERFACE -> ShowCommand.INTERFACES;
            default -> kind;
        };
    }

    /** The output a line starts when the capture has no prompts, or null. */
    static ShowCommand signature(String t, ShowCommand current) {
        if (t.startsWith("ISAKMP SA - ")) {
            return ShowCommand.IKE_SA;
        }
        if (t.startsWith("IPsec SA - ")) {
            return ShowCommand.IPSEC_SA;
        }
        if (t.startsWith("IP Routing Table - ")) {
            return ShowCommand.IP_ROUTE;
        }
        if (t.startsWith("BGP router ID ")) {
            return ShowCommand.BGP_SUMMARY;
        }
        if (t.startsWith("BGP table version is ")) {
            return ShowCommand.BGP_ADVERTISED_ROUTES;
        }
        if (INTERFACE_STATE.matcher(t).find()) {
            // show interfaces and show ip interface start alike; whichever was read first goes on.
            return current == ShowCommand.IP_INTERFACE ? current : ShowCommand.INTERFACES;
        }
        if (LOG_STAMP.matcher(t).find()) {
            return ShowCommand.LOGGING;
        }
        if (PING_HEADER.matcher(t).find()) {
            return ShowCommand.PING;
        }
        if (t.matches("Using \\d+ out of \\d+ bytes") || t.equals("! NEC Portable Internetwork Core Operating System Software")) {
            return current == ShowCommand.RUNNING_CONFIG ? current : ShowCommand.RUNNING_CONFIG;
        }
        return null;
    }
}
