package dev.ixls.model;

import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;

/**
 * {@code ip route DEST GATEWAY|INTERFACE [distance N]}.
 *
 * @param destination null for {@code default}
 * @param gateway null when the route points at an interface
 * @param interfaceName null when the route points at a gateway
 */
public record StaticRoute(Ipv4Prefix destination, Ipv4Address gateway, String interfaceName, Statement statement) {

    public boolean isDefault() {
        return destination == null;
    }
}
