package dev.ixls.transcript;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the event log ({@code show logging}): {@code YYYY/MM/DD hh:mm:ss SUBSYS.NNN: message}.
 * The one published failing-tunnel log is mangled: the stamps stand together and the messages
 * follow on lines of their own, two to a line. Stamps without a message are therefore paired,
 * in order, with the messages that follow them; a message line is split where a known message
 * starts. Messages that find no stamp are kept without a code.
 */
final class EventLogReader {

    private EventLogReader() {
    }

    private static final Pattern STAMP = Pattern.compile(
            "^(\\d{4}/\\d{2}/\\d{2}) (\\d{2}:\\d{2}:\\d{2}) ([A-Z]+\\.\\d{3}):\\s*(.*)$");
    /** Openings of the messages seen in real logs, where a line holding two of them is split. */
    private static final Pattern MESSAGE_START = Pattern.compile(
            "SA not found|No SP for|BLOCK \\S+ \\S+ >|PASS \\S+ \\S+ >|No response from ");

    private record Stamp(String date, String time, String code, ShowLine line) {
    }

    static boolean read(Section section, TranscriptFacts out) {
        Deque<Stamp> pending = new ArrayDeque<>();
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = STAMP.matcher(t);
            if (m.find()) {
                any = true;
                if (m.group(4).isBlank()) {
                    pending.add(new Stamp(m.group(1), m.group(2), m.group(3), l));
                } else {
                    out.events.add(new LogEvent(m.group(1), m.group(2), m.group(3), m.group(4).strip(), l, l));
                }
                continue;
            }
            for (String message : split(t)) {
                if (pending.isEmpty() && !MESSAGE_START.matcher(message).lookingAt()) {
                    continue; // no stamp waits for it and it opens no known message: not an event
                }
                Stamp s = pending.poll();
                out.events.add(s == null ? new LogEvent(null, null, null, message, null, l)
                        : new LogEvent(s.date(), s.time(), s.code(), message, s.line(), l));
                any = true;
            }
        }
        return any;
    }

    private static List<String> split(String t) {
        List<String> out = new ArrayList<>();
        Matcher m = MESSAGE_START.matcher(t);
        int from = 0;
        while (m.find()) {
            if (m.start() > from && !t.substring(from, m.start()).isBlank()) {
                out.add(t.substring(from, m.start()).strip());
                from = m.start();
            }
        }
        out.add(t.substring(from).strip());
        return out;
    }
}
