package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code show ipsec sa} and {@code show ipsec sa brief}. As with {@link IkeSaReader}, lines
 * are known by their wording: the seed article's copy lost every indentation.
 */
final class IpsecSaReader {

    private IpsecSaReader() {
    }

    static final Pattern HEADER = Pattern.compile("^IPsec SA - (\\d+) configured, (\\d+) created");
    private static final Pattern INTERFACE = Pattern.compile("^Interface is (\\S+)");
    private static final Pattern MAP = Pattern.compile("^Key policy map name is (\\S+)");
    private static final Pattern MODE = Pattern.compile("^(UDP encapsulation )?((?:Tunnel|Transport) mode.*)$");
    private static final Pattern LOCAL = Pattern.compile("^Local address is (\\S+?)(?:, port is (\\d+))?$");
    private static final Pattern REMOTE = Pattern.compile("^Remote address is (\\S+?)(?:, port is (\\d+))?$");
    private static final Pattern OUTGOING = Pattern.compile("^Outgoing interface is (\\S+)");
    private static final Pattern MTU = Pattern.compile("^Interface MTU is (\\d+)(?:, path MTU is (\\d+))?");
    private static final Pattern SPI = Pattern.compile("^(ESP|AH), SPI is (0x[0-9a-fA-F]+)");
    private static final Pattern TRANSFORM = Pattern.compile("^Transform is (\\S+)");
    private static final Pattern REMAINING = Pattern.compile("^Remaining lifetime is (\\d+) seconds");
    private static final Pattern PFS = Pattern.compile("^Perfect forward secrecy is (\\S+)");
    private static final Pattern BRIEF_HEADER = Pattern.compile("^Policy map\\s+Dir\\s+Type\\s+SPI");
    private static final Pattern BRIEF_ROW = Pattern.compile("^(\\S+)\\s+(IN|OUT)\\s+(ESP|AH)\\s+(0x[0-9a-fA-F]+)\\s+(\\S+)$");

    static boolean read(Section section, TranscriptFacts out) {
        boolean any = false;
        Block block = null;
        boolean brief = false;
        for (ShowLine l : section.lines()) {
            String t = l.trimmed();
            Matcher m;
            if ((m = HEADER.matcher(t)).find()) {
                block = finish(block, out);
                brief = false;
                out.ipsecCounts.add(new SaCounts(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), l));
                any = true;
            } else if (BRIEF_HEADER.matcher(t).find()) {
                block = finish(block, out);
                brief = true;
                any = true;
            } else if (brief && (m = BRIEF_ROW.matcher(t)).find()) {
                out.ipsecBrief.add(new IpsecSaBrief(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), l));
            } else if ((m = INTERFACE.matcher(t)).find()) {
                block = finish(block, out);
                block = new Block(m.group(1), l);
                any = true;
            } else if (block != null) {
                block.read(t, l);
            }
        }
        finish(block, out);
        return any;
    }

    private static Block finish(Block b, TranscriptFacts out) {
        if (b != null) {
            b.closeEntry();
            out.ipsecSas.add(b.build());
        }
        return null;
    }

    private static final class Block {
        final String name;
        String map;
        String mode;
        boolean udp;
        String local;
        Integer localPort;
        String remote;
        Integer remotePort;
        String outgoing;
        Integer mtu;
        Integer pathMtu;
        String pfs;
        final List<IpsecSa.Entry> inbound = new ArrayList<>();
        final List<IpsecSa.Entry> outbound = new ArrayList<>();
        final Map<String, ShowLine> lines = new LinkedHashMap<>();
        List<IpsecSa.Entry> direction;
        String protocol;
        String spi;
        String transform;
        Integer remaining;
        ShowLine entryLine;

        Block(String name, ShowLine l) {
            this.name = name;
            lines.put("interface", l);
        }

        void read(String t, ShowLine l) {
            Matcher m;
            if ((m = MAP.matcher(t)).find()) {
                map = m.group(1);
                lines.put("map", l);
            } else if ((m = MODE.matcher(t)).find()) {
                udp = m.group(1) != null;
                mode = m.group(2);
            } else if ((m = LOCAL.matcher(t)).find()) {
                local = m.group(1);
                localPort = Numbers.integer(m.group(2));
                lines.put("local", l);
            } else if ((m = REMOTE.matcher(t)).find()) {
                remote = m.group(1);
                remotePort = Numbers.integer(m.group(2));
                lines.put("remote", l);
            } else if ((m = OUTGOING.matcher(t)).find()) {
                outgoing = m.group(1);
            } else if ((m = MTU.matcher(t)).find()) {
                mtu = Numbers.integer(m.group(1));
                pathMtu = Numbers.integer(m.group(2));
                lines.put("mtu", l);
            } else if (t.equals("Inbound:") || t.equals("Outbound:")) {
                closeEntry();
                boolean in = t.equals("Inbound:");
                direction = in ? inbound : outbound;
                lines.put(in ? "inbound" : "outbound", l);
            } else if ((m = SPI.matcher(t)).find()) {
                closeEntry();
                protocol = m.group(1);
                spi = m.group(2);
                entryLine = l;
            } else if ((m = TRANSFORM.matcher(t)).find()) {
                transform = m.group(1);
            } else if ((m = REMAINING.matcher(t)).find()) {
                remaining = Numbers.integer(m.group(1));
            } else if ((m = PFS.matcher(t)).find()) {
                closeEntry();
                pfs = m.group(1);
                lines.put("pfs", l);
            }
        }

        void closeEntry() {
            if (entryLine != null && direction != null) {
                direction.add(new IpsecSa.Entry(protocol, spi, transform, remaining, entryLine));
            }
            entryLine = null;
            protocol = null;
            spi = null;
            transform = null;
            remaining = null;
        }

        IpsecSa build() {
            return new IpsecSa(name, map, mode, udp, local, localPort, remote, remotePort, outgoing, mtu, pathMtu,
                    List.copyOf(inbound), List.copyOf(outbound), pfs, Map.copyOf(lines));
        }
    }
}
