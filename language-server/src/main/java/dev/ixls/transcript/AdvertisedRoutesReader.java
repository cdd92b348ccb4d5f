package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show ip bgp neighbors A advertised-routes} (layout: the seed article): a BGP table
 * header, rows such as {@code *> 0.0.0.0/0 169.254.128.174 0 i}, then {@code Total number of prefixes N}.
 */
final class AdvertisedRoutesReader {

    private AdvertisedRoutesReader() {
    }

    private static final Pattern ROW = Pattern.compile("^([*>isdh ]+?)\\s*(\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+)\\s+(\\d+\\.\\d+\\.\\d+\\.\\d+)");
    private static final Pattern TOTAL = Pattern.compile("^Total number of prefixes (\\d+)");

    static boolean read(Section section, TranscriptFacts out) {
        String neighbor = null;
        String command = section.command();
        if (command != null) {
            String[] words = command.strip().split("\\s+");
            neighbor = words.length > 4 ? words[4] : null;
        }
        List<AdvertisedRoutes.Route> routes = new ArrayList<>();
        Integer total = null;
        ShowLine totalLine = null;
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = ROW.matcher(t)).find()) {
                routes.add(new AdvertisedRoutes.Route(m.group(1).strip(), m.group(2), m.group(3), l));
                any = true;
            } else if ((m = TOTAL.matcher(t)).find()) {
                total = Numbers.integer(m.group(1));
                totalLine = l;
                any = true;
            } else if (t.startsWith("BGP table version is ")) {
                any = true;
            }
        }
        if (any) {
            out.advertised.add(new AdvertisedRoutes(neighbor, List.copyOf(routes), total, section.first(), totalLine));
        }
        return any;
    }
}
