package dev.ixls.convert;

import java.util.List;

/**
 * What the converter made of a sample: the IX config, and what it has to tell about it (facts
 * of the sample it could not carry, choices it made for the user). Every fact of the sample is
 * either in {@link #config()} or named in {@link #notes()}.
 *
 * @param skipped the numbers of sample tunnels left out because IX cannot do what AWS allows on them
 */
public record Conversion(String config, List<ConversionNote> notes, List<Integer> skipped) {

    public Conversion {
        notes = List.copyOf(notes);
        skipped = List.copyOf(skipped);
    }

    /** True when every tunnel of the sample is in the config. */
    public boolean complete() {
        return skipped.isEmpty();
    }
}
