package dev.ixls.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the result of {@code ping A ...}: the target from the command (or the {@code PING src > dst}
 * line) and the {@code N packets transmitted, M packets received} statistics.
 */
final class PingReader {

    private PingReader() {
    }

    private static final Pattern HEADER = Pattern.compile("^PING (\\S+) > (\\S+)");
    private static final Pattern STATISTICS = Pattern.compile("^(\\d+) packets transmitted, (\\d+) (?:packets )?received");

    static boolean read(Section section, TranscriptFacts out) {
        String target = null;
        String command = section.command();
        if (command != null) {
            String[] words = command.strip().split("\\s+");
            target = words.length > 1 ? words[1] : null;
        }
        Integer sent = null;
        Integer received = null;
        ShowLine stats = null;
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = HEADER.matcher(t)).find()) {
                target = target == null ? m.group(2) : target;
                any = true;
            } else if ((m = STATISTICS.matcher(t)).find()) {
                sent = Numbers.integer(m.group(1));
                received = Numbers.integer(m.group(2));
                stats = l;
                any = true;
            }
        }
        if (any && target != null) {
            out.pings.add(new PingResult(target, sent, received, section.first(), stats));
        }
        return any;
    }
}
