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
        int line = t.lineOf(field);
        return new RelatedLocation(sample.location(), Range.onLine(Math.max(line, 0), 0, 0), message);
    }
}
