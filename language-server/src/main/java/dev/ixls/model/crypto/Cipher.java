package dev.ixls.model.crypto;

/** Encryption algorithms, named neutrally so IX keywords and AWS names can be compared. */
public enum Cipher {
    DES("DES"),
    TRIPLE_DES("3DES"),
    AES128("AES128"),
    AES192("AES192"),
    AES256("AES256"),
    AES128_GCM16("AES128-GCM-16"),
    AES256_GCM16("AES256-GCM-16");

    private final String awsName;

    Cipher(String awsName) {
        this.awsName = awsName;
    }

    /** The name AWS uses in tunnel options ({@code AES128}, {@code AES256-GCM-16}). */
    public String awsName() {
        return awsName;
    }
}
