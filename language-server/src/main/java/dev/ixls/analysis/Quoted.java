package dev.ixls.analysis;

/** Text from the user's file as a message shows it: shortened, so a pasted megabyte stays out of messages. */
public final class Quoted {

    private static final int MAX = 40;

    private Quoted() {
    }

    public static String of(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX - 1) + "…";
    }
}
