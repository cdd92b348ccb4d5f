package dev.ixls.aws;

/** The facts of a tunnel whose source line a reader records, for "expected value comes from here" links. */
public enum SampleField {
    AWS_OUTSIDE_ADDRESS,
    CUSTOMER_OUTSIDE_ADDRESS,
    INSIDE_ADDRESSES,
    PRESHARED_KEY,
    AWS_ASN,
    CUSTOMER_ASN,
    HOLD_TIME,
    IKE,
    IPSEC,
    DPD,
    TCP_MSS
}
