package dev.ixls.model.crypto;

/** Integrity (hash) algorithms, named neutrally so IX keywords and AWS names can be compared. */
public enum Integrity {
    MD5("MD5"),
    SHA1("SHA1"),
    SHA2_256("SHA2-256"),
    SHA2_384("SHA2-384"),
    SHA2_512("SHA2-512");

    private final String awsName;

    Integrity(String awsName) {
        this.awsName = awsName;
    }

    /** The name AWS uses in tunnel options ({@code SHA1}, {@code SHA2-256}). */
    public String awsName() {
        return awsName;
    }
}
