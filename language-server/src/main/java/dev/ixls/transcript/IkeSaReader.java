package dev.ixls.transcript;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show ike sa} and {@code show ike sa brief} (layouts: shared/reference/ix-show-output.md).
 * Fields are read by their wording, not their column or indentation: published transcripts lost
 * the indentation (the seed article) or the line breaks too.
 */
final class IkeSaReader {

    private IkeSaReader() {
    }

    static final Pattern HEADER = Pattern.compile("^ISAKMP SA - (\\d+) configured, (\\d+) created");
    private static final Pattern LOCAL = Pattern.compile("^Local address is (\\S+?)(?:, port is (\\d+))?$");
    private static final Pattern REMOTE = Pattern.compile("^Remote address is (\\S+?)(?:, port is (\\d+))?$");
    private static final Pattern POLICY = Pattern.compile("^IKE policy name is (\\S+)");
    private static final Pattern DIRECTION = Pattern.compile("^Direction is (\\S+)");
    private static final Pattern EXCHANGE = Pattern.compile("^Exchange type is (.+)$");
    private static final Pattern STATE = Pattern.compile("^State is (.+)$");
    private static final Pattern ENCRYPTION = Pattern.compile("^Encryption algorithm is (\\S+)");
    private static final Pattern HASH = Pattern.compile("^Hash algorithm is (\\S+)");
    private static final Pattern DH = Pattern.compile("^DH group is (\\S+?),\\s*lifetime is (\\d+) seconds");
    private static final Pattern COUNTER = Pattern.compile("#ph([12]) ([a-z][a-z ]*?): (\\d+)");
    private static final Pattern BRIEF_HEADER = Pattern.compile("^Policy\\s+Initiator\\s+Responder");
    private static final Pattern BRIEF_ROW = Pattern.compile("^(\\S+)\\s+(0x[0-9a-fA-F]+)\\s+(0x[0-9a-fA-F]+)\\s+(\\d+)$");

    /** Returns whether the section held anything this reader knows. */
    static boolean read(Section section, TranscriptFacts out) {
        boolean any = false;
        Block sa = null;
        boolean brief = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = HEADER.matcher(t)).find()) {
                sa = finish(sa, out);
                brief = false;
                out.ikeCounts.add(new SaCounts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), l));
                any = true;
            } else if (BRIEF_HEADER.matcher(t).find()) {
                sa = finish(sa, out);
                brief = true;
                any = true;
            } else if (brief && (m = BRIEF_ROW.matcher(t)).find()) {
                out.ikeBrief.add(new IkeSaBrief(m.group(1), m.group(2), m.group(3), Numbers.integer(m.group(4)), l));
            } else if ((m = LOCAL.matcher(t)).find()) {
                sa = finish(sa, out);
                sa = new Block();
                sa.local = m.group(1);
                sa.localPort = Numbers.integer(m.group(2));
                sa.lines.put("local", l);
                any = true;
            } else if (sa != null) {
                sa.read(t, l);
            }
        }
        finish(sa, out);
        return any;
    }

    private static Block finish(Block sa, TranscriptFacts out) {
        if (sa != null) {
            out.ikeSas.add(sa.build());
        }
        return null;
    }

    /** The fields of one SA while its lines are read. */
    private static final class Block {
        String local;
        Integer localPort;
        String remote;
        Integer remotePort;
        String policy;
        String direction;
        String exchange;
        boolean natTraversal;
        String state;
        String encryption;
        String hash;
        String dh;
        Integer lifetime;
        final Map<String, Integer> counters = new LinkedHashMap<>();
        final Map<String, ShowLine> lines = new LinkedHashMap<>();

        void read(String t, ShowLine l) {
            Matcher m;
            if ((m = REMOTE.matcher(t)).find()) {
                remote = m.group(1);
                remotePort = Numbers.integer(m.group(2));
                lines.put("remote", l);
            } else if ((m = POLICY.matcher(t)).find()) {
                policy = m.group(1);
                lines.put("policy", l);
            } else if ((m = DIRECTION.matcher(t)).find()) {
                direction = m.group(1);
            } else if ((m = EXCHANGE.matcher(t)).find()) {
                exchange = m.group(1).strip();
            } else if (t.startsWith("NAT-Traversal")) {
                natTraversal = true;
            } else if ((m = STATE.matcher(t)).find()) {
                state = m.group(1).strip();
                lines.put("state", l);
            } else if ((m = ENCRYPTION.matcher(t)).find()) {
                encryption = m.group(1);
            } else if ((m = HASH.matcher(t)).find()) {
                hash = m.group(1);
            } else if ((m = DH.matcher(t)).find()) {
                dh = m.group(1);
                lifetime = Numbers.integer(m.group(2));
                lines.put("dh", l);
            } else if (t.startsWith("#ph")) {
                Matcher c = COUNTER.matcher(t);
                while (c.find()) {
                    String name = "ph" + c.group(1) + " " + c.group(2).strip();
                    Integer value = Numbers.integer(c.group(3));
                    if (value != null) {
                        counters.put(name, value);
                        lines.put(name, l);
                    }
                }
            }
        }

        IkeSa build() {
            return new IkeSa(local, localPort, remote, remotePort, policy, direction, exchange, natTraversal, state,
                    encryption, hash, dh, lifetime, Map.copyOf(counters), Map.copyOf(lines));
        }
    }
}
