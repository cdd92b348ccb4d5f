package dev.ixls.aws;

import java.util.Objects;

/**
 * A pre-shared key. Its {@link #toString()} never shows the value, so a key that slips into a
 * log line or a message shows as a mask. Only {@link #reveal()} gives the value, for the
 * converter and for comparisons.
 */
public final class PresharedKey {

    private final String value;

    public PresharedKey(String value) {
        this.value = Objects.requireNonNull(value);
    }

    /** The secret itself. Callers must never print it. */
    public String reveal() {
        return value;
    }

    public boolean matches(String candidate) {
        return value.equals(candidate);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PresharedKey other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "********";
    }
}
