package dev.ixls.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show interfaces} and {@code show ip interface}: the state line of each interface,
 * its address, and the packet counters under {@code Statistics:}.
 */
final class InterfaceReader {

    private InterfaceReader() {
    }

    private static final Pattern STATE = Pattern.compile(
            "^Interface (\\S+) is (up|down|administratively down|dormant)(?:, line protocol is (up|down))?");
    private static final Pattern ADDRESS = Pattern.compile("^Internet address is (\\S+)");
    private static final Pattern PACKETS = Pattern.compile("^(\\d+) packets (input|output)");

    static boolean read(Section section, TranscriptFacts out) {
        Block b = null;
        boolean any = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = STATE.matcher(t)).find()) {
                finish(b, out);
                b = new Block();
                b.name = m.group(1);
                b.state = m.group(2);
                b.protocol = m.group(3);
                b.line = l;
                any = true;
            } else if (b != null && (m = ADDRESS.matcher(t)).find()) {
                b.address = m.group(1);
            } else if (b != null && (m = PACKETS.matcher(t)).find()) {
                if (m.group(2).equals("input")) {
                    b.in = Numbers.whole(m.group(1));
                } else {
                    b.out = Numbers.whole(m.group(1));
                }
            }
        }
        finish(b, out);
        return any;
    }

    private static void finish(Block b, TranscriptFacts out) {
        if (b != null) {
            out.interfaces.add(new InterfaceState(b.name, b.state, b.protocol, b.address, b.in, b.out, b.line));
        }
    }

    private static final class Block {
        String name;
        String state;
        String protocol;
        String address;
        Long in;
        Long out;
        ShowLine line;
    }
}
