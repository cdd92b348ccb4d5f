package dev.ixls.aws;

/** How the VPN connection exchanges routes. */
public enum Routing {
    BGP,
    STATIC
}
