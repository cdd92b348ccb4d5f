package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show ip route}: IX's layout has a counters header, an {@code Entries:} line, the
 * codes legend, {@code Timers: Age}, then one line per route ending with its age.
 */
final class RouteTableReader {

    private RouteTableReader() {
    }

    private static final Pattern ROUTE = Pattern.compile(
            "^([CSROB]|IA|N1|N2|E1|E2)(\\*?)\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)\\s+\\[(\\d+)/(\\d+)]\\s+"
                    + "(?:is directly connected|via (\\d+\\.\\d+\\.\\d+\\.\\d+))(?:,\\s*([^,\\s]+))?(?:,\\s*(\\S+))?");

    static boolean read(Section section, TranscriptFacts out) {
        ShowLine header = null;
        ShowLine entries = null;
        List<RouteTable.Route> routes = new ArrayList<>();
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            if (t.startsWith("IP Routing Table - ")) {
                header = l;
                any = true;
                continue;
            }
            if (t.startsWith("Entries: ")) {
                entries = l;
                continue;
            }
            Matcher m = ROUTE.matcher(t);
            if (m.find()) {
                routes.add(new RouteTable.Route(m.group(1), !m.group(2).isEmpty(), m.group(3),
                        Numbers.integer(m.group(4)), Numbers.integer(m.group(5)), m.group(6), m.group(7), m.group(8), l));
                any = true;
            }
        }
        if (any) {
            out.routeTables.add(new RouteTable(header, entries, List.copyOf(routes)));
        }
        return any;
    }
}
