package dev.ixls.aws;

/** The input is not an AWS VPN configuration ixls can read, or is incomplete. */
public class SampleFormatException extends Exception {

    public SampleFormatException(String message) {
        super(message);
    }
}
