package dev.ixls.aws;

import java.util.List;
import java.util.Optional;

/**
 * An AWS Site-to-Site VPN connection as read from any of the sample formats.
 *
 * @param notes what the reader saw but could not take as a fact (placeholders, a missing tunnel,
 *              ...), in source order; the converter names each one
 */
public record AwsSample(String connectionId, Routing routing, SampleFormat format, List<AwsTunnel> tunnels,
        List<SampleNote> notes) {

    public AwsSample {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** A sample without notes. */
    public AwsSample(String connectionId, Routing routing, SampleFormat format, List<AwsTunnel> tunnels) {
        this(connectionId, routing, format, tunnels, List.of());
    }

    public Optional<AwsTunnel> tunnelByAwsOutside(String address) {
        return tunnels.stream().filter(t -> t.awsOutsideAddress().equals(address)).findFirst();
    }

    /** The notes of one kind. */
    public List<SampleNote> notes(SampleNote.Kind kind) {
        return notes.stream().filter(n -> n.kind() == kind).toList();
    }

    /** True when BGP is used but the customer gateway's ASN is a placeholder (it must be supplied). */
    public boolean customerAsnMissing() {
        return routing == Routing.BGP && tunnels.stream().anyMatch(t -> t.customerAsn() == null);
    }
}
