package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show ip bgp summary}. Rows are split on white space, not columns: the one real
 * sample has values that do not sit under their headers.
 */
final class BgpSummaryReader {

    private BgpSummaryReader() {
    }

    private static final Pattern HEADER = Pattern.compile("^BGP router ID (\\S+?),\\s*local AS number (\\d+)");
    private static final Pattern ROW = Pattern.compile(
            "^(\\d+\\.\\d+\\.\\d+\\.\\d+)\\s+(\\d)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(.*?)\\s*([A-Za-z]+)$");

    static boolean read(Section section, TranscriptFacts out) {
        String routerId = null;
        Long localAs = null;
        ShowLine header = null;
        List<BgpSummary.Peer> peers = new ArrayList<>();
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = HEADER.matcher(t)).find()) {
                if (any) {
                    out.bgpSummaries.add(new BgpSummary(routerId, localAs, header, List.copyOf(peers)));
                    peers.clear();
                }
                routerId = m.group(1);
                localAs = Numbers.whole(m.group(2));
                header = l;
                any = true;
            } else if ((m = ROW.matcher(t)).find()) {
                peers.add(new BgpSummary.Peer(m.group(1), Numbers.whole(m.group(3)), Numbers.whole(m.group(4)),
                        Numbers.whole(m.group(5)), m.group(6), m.group(7), l));
                any = true;
            }
        }
        if (any) {
            out.bgpSummaries.add(new BgpSummary(routerId, localAs, header, List.copyOf(peers)));
        }
        return any;
    }
}
