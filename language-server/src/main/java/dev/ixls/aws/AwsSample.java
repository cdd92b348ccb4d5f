package dev.ixls.aws;

import java.util.List;
import java.util.Optional;

/** An AWS Site-to-Site VPN connection as read from any of the sample formats. */
public record AwsSample(String connectionId, Routing routing, SampleFormat format, List<AwsTunnel> tunnels) {

    public Optional<AwsTunnel> tunnelByAwsOutside(String address) {
        return tunnels.stream().filter(t -> t.awsOutsideAddress().equals(address)).findFirst();
    }
}
