package dev.ixls;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Deterministic mutations of config lines, as an editor holds them while they are typed and as
 * typos leave them: shared by the property tests and the fuzz suite. Every choice comes from the
 * caller's seeded {@link Random}, so a failure names a reproducible input.
 */
public final class Mutations {

    /** Words that are not the value a position wants: empty-ish, non-numbers, huge numbers, keywords. */
    public static final List<String> JUNK = List.of("abc", "1x", "-1", "0", "99999999999999999999", "1.2.3", "256.1.1.1/33",
            "key", "char", "no", "!", "exit", ",", "a,,b", "\u3042", "interface", "Tunnel", "ipcp", "secondary");

    private Mutations() {
    }

    /** The line cut after each word and inside its last word, and a few mutations of it. */
    public static List<String> variantsOf(String line, Random random) {
        List<String> out = new ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String[] words = line.strip().split("\\s+");
        if (line.isBlank()) {
            return out;
        }
        for (int n = 0; n < words.length; n++) {
            out.add(indent + String.join(" ", List.of(words).subList(0, n)));
            String last = words[n];
            if (last.length() > 1) {
                out.add(indent + String.join(" ", List.of(words).subList(0, n + 1)).substring(0,
                        String.join(" ", List.of(words).subList(0, n)).length() + (n == 0 ? 0 : 1) + last.length() / 2));
            }
        }
        for (int m = 0; m < 4; m++) {
            List<String> w = new ArrayList<>(List.of(words));
            int at = random.nextInt(w.size());
            switch (m) {
                case 0 -> w.set(at, JUNK.get(random.nextInt(JUNK.size())));
                case 1 -> w.remove(at);
                case 2 -> w.add(at, w.get(at));
                default -> w.add(JUNK.get(random.nextInt(JUNK.size())));
            }
            out.add(indent + String.join(" ", w));
        }
        return out;
    }
}
