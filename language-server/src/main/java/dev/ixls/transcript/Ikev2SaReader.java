package dev.ixls.transcript;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what can be read of {@code show ikev2 sa} without knowing its layout: no real IX
 * transcript of it was found (shared/reference/ix-show-output.md). Each block (lines up to a blank
 * line) is searched for IPv4 addresses and for the word {@code established}; nothing else is
 * assumed. A diagnosis built on this says so.
 */
final class Ikev2SaReader {

    private Ikev2SaReader() {
    }

    private static final Pattern ADDRESS = Pattern.compile("(?<![\\d.])(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern ESTABLISHED = Pattern.compile("(?i)\\bestablished\\b");

    static boolean read(Section section, TranscriptFacts out) {
        boolean any = false;
        int blockStart = 0;
        var lines = section.lines();
        for (int i = 0; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                boolean established = false;
                for (int k = blockStart; k < i; k++) {
                    established |= ESTABLISHED.matcher(lines.get(k).text()).find();
                }
                for (int k = blockStart; k < i; k++) {
                    Matcher m = ADDRESS.matcher(lines.get(k).text());
                    while (m.find()) {
                        out.ikev2.add(new Ikev2Mention(m.group(1), established, lines.get(k)));
                        any = true;
                    }
                }
                blockStart = i + 1;
            }
        }
        return any;
    }
}
