package dev.ixls.analysis;

import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.syntax.Range;
import java.util.Optional;
import java.util.function.Predicate;

/** The AWS side as rules see it: which neighbors are AWS's, and links into the sample. */
public final class AwsTunnels {

    private AwsTunnels() {
    }

    /**
     * Which BGP neighbors are AWS's end of a tunnel: those inside the inside network of a linked
     * sample's tunnel or of this config's tunnels to AWS peers. Built once per check; each test
     * is then a few hash look-ups, however large the config.
     */
    public static Predicate<Ipv4Address> awsNeighbors(AnalysisContext context) {
        return context.derived().awsNeighbors(context);
    }

    static Predicate<Ipv4Address> computeAwsNeighbors(AnalysisContext context) {
        SubnetIndex<Ipv4Prefix> networks = new SubnetIndex<>();
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                Ipv4Prefix.parse(t.insideCidr()).ifPresent(p -> addInside(networks, p));
            }
        }
        for (Interface i : context.awsTunnels()) {
            if (i.address() != null) {
                addInside(networks, i.address().subnet());
            }
        }
        return networks::holds;
    }

    private static void addInside(SubnetIndex<Ipv4Prefix> networks, Ipv4Prefix p) {
        if (p.length() < 32) {
            networks.add(p, p);
        }
    }

    /** The linked sample's tunnel whose inside /30 holds an address (a BGP neighbor, say). */
    public static Optional<SampleTunnel> byInsideAddress(AnalysisContext context, Ipv4Address address) {
        for (LinkedSample s : context.samples()) {
            for (AwsTunnel t : s.sample().tunnels()) {
                if (Ipv4Prefix.parse(t.insideCidr()).map(p -> p.contains(address)).orElse(false)) {
                    return Optional.of(new SampleTunnel(s, t));
                }
            }
        }
        return Optional.empty();
    }

    /** How messages name a sample tunnel: {@code tunnel 2 (AWS 52.198.204.130)}. */
    public static LocalizedText describe(AwsTunnel t) {
        return Messages.text("tunnel.described", "number", t.number(), "peer", t.awsOutsideAddress());
    }

    /** A tunnel's number alone, for messages that already give its address: {@code tunnel 2}. */
    public static LocalizedText number(AwsTunnel t) {
        return Messages.text("tunnel.number", "number", t.number());
    }

    /** A link to the sample line a value comes from (the top of the sample when the line is not known). */
    public static RelatedLocation sampleLine(SampleTunnel st, SampleField field, LocalizedText message) {
        return sampleLine(st.sample(), st.tunnel(), field, message);
    }

    public static RelatedLocation sampleLine(LinkedSample sample, AwsTunnel t, SampleField field, LocalizedText message) {
        int line = Math.max(t.lineOf(field), 0);
        return new RelatedLocation(sample.location(), valueRange(sample.text(), line, valueOf(t, field)), message);
    }

    /** The sample's value a field stands for, as its text shows it; null when the field has no one value. */
    private static String valueOf(AwsTunnel t, SampleField field) {
        Object v = switch (field) {
            case AWS_OUTSIDE_ADDRESS -> t.awsOutsideAddress();
            case CUSTOMER_OUTSIDE_ADDRESS -> t.customerOutsideAddress();
            case INSIDE_ADDRESSES -> t.customerInsideAddress() != null ? t.customerInsideAddress() : t.awsInsideAddress();
            // Only where the key stands (a range, never the key itself, leaves the sample).
            case PRESHARED_KEY -> t.presharedKey() == null ? null : t.presharedKey().reveal();
            case AWS_ASN -> t.awsAsn();
            case CUSTOMER_ASN -> t.customerAsn();
            case HOLD_TIME -> t.holdTime();
            default -> null;
        };
        return v == null ? null : String.valueOf(v);
    }

    /**
     * On the value where the sample's line shows it (the key or the address, not column 1); else
     * the line's text; else, without the sample's text, the line's start.
     */
    static Range valueRange(String text, int line, String value) {
        if (text == null) {
            return Range.onLine(line, 0, 0);
        }
        dev.ixls.syntax.SourceText source = new dev.ixls.syntax.SourceText(text);
        if (line >= source.lineCount()) {
            return Range.onLine(line, 0, 0);
        }
        String lineText = source.line(line);
        int at = value == null || value.isEmpty() ? -1 : indexOfWord(lineText, value);
        if (at >= 0) {
            return Range.onLine(line, at, at + value.length());
        }
        int start = 0;
        while (start < lineText.length() && Character.isWhitespace(lineText.charAt(start))) {
            start++;
        }
        return Range.onLine(line, start, lineText.stripTrailing().length());
    }

    /** The first occurrence of a value not inside a longer number or word (18.182.91.3 is not in 18.182.91.31). */
    private static int indexOfWord(String line, String value) {
        for (int at = line.indexOf(value); at >= 0; at = line.indexOf(value, at + 1)) {
            boolean before = at == 0 || !joins(line, at - 1);
            int end = at + value.length();
            boolean after = end >= line.length() || !joins(line, end);
            if (before && after) {
                return at;
            }
        }
        return -1;
    }

    /** Whether the character at {@code i} would make the value part of a longer word or number. */
    private static boolean joins(String line, int i) {
        char c = line.charAt(i);
        if (Character.isLetterOrDigit(c) || c == '_' || c == '-') {
            return true;
        }
        // A dot between digits joins (an address); a full stop after a value does not.
        return c == '.' && i + 1 < line.length() && i > 0 && Character.isDigit(line.charAt(i + 1))
                && Character.isDigit(line.charAt(i - 1));
    }
}
