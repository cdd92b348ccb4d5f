package dev.ixls.syntax;

/**
 * The text of each word of one document, with one shared {@code String} per distinct short word.
 *
 * <p>Why: a config repeats a few hundred words ({@code ip}, {@code address}, {@code tunnel}, a
 * proposal's name, {@code 10}) tens of thousands of times. One instance per distinct word keeps
 * the parse result small (less for the garbage collector to copy while the tree is alive), and
 * later equality tests and hash look-ups on these texts hit identity and a cached hash.
 *
 * <p>An open-addressing table keyed by the characters in place, so a repeated word costs a hash
 * over its characters and no allocation. The table stops growing at {@link #MAX_SLOTS}: words
 * met after that (mostly unique addresses and keys in huge files) are simply not shared.
 */
final class WordTexts {

    /** Longer words are nearly always unique (keys, descriptions): not worth a table slot. */
    static final int MAX_LENGTH = 32;
    static final int MAX_SLOTS = 1 << 16;

    private final String source;
    private final char[] units;
    private String[] slots = new String[1024];
    private int count;

    /** {@code units} holds exactly the UTF-16 units of {@code source}. */
    WordTexts(String source, char[] units) {
        this.source = source;
        this.units = units;
    }

    /** The text of {@code source[start, end)}: a shared instance when the word was seen before. */
    String of(int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return source.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + units[i];
        }
        int mask = slots.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            String s = slots[slot];
            if (s == null) {
                String text = source.substring(start, end);
                if (count < MAX_SLOTS / 2) {
                    slots[slot] = text;
                    if (++count > slots.length / 2 && slots.length < MAX_SLOTS) {
                        grow();
                    }
                }
                return text;
            }
            if (s.length() == length && sameUnits(s, start)) {
                return s;
            }
        }
    }

    private boolean sameUnits(String s, int start) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != units[start + i]) {
                return false;
            }
        }
        return true;
    }

    /** The same hash as {@link String#hashCode}, spread so similar words fall into distant slots. */
    private static int mix(int hash) {
        return (hash * 0x9E3779B1) >>> 7;
    }

    private void grow() {
        String[] old = slots;
        slots = new String[old.length * 2];
        int mask = slots.length - 1;
        for (String s : old) {
            if (s != null) {
                int slot = mix(s.hashCode()) & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = s;
            }
        }
    }
}
