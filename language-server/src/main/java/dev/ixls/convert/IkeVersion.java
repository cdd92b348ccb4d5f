package dev.ixls.convert;

/** Which IKE version the generated config uses. */
public enum IkeVersion {
    V1,
    V2
}
