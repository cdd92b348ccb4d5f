package dev.ixls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

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

    /** Lines that carry keys, written right and wrong, with a fresh key each time ({@code Plant...}). */
    private static final List<String> KEY_LINES = List.of(
            "ike policy fz%d peer 192.0.2.%d key %s ike-prop",
            "ike policy fz%d peer 192.0.2.%d key char %s ike-prop",
            "ike policy fz%d peer 192.0.2.%d kye %s ike-prop",
            "ike policy fz%d peer 192.0.2.%d %s ike-prop",
            "ikev2 authentication psk id ipv4 198.51.100.%d key char %s",
            "ikev2 authentication psk id ipv4 198.51.100.%d kye char %s",
            "ikev2 authentication psk id ipv4 198.51.100.%d key %s",
            "username fz%d password plain %s administrator",
            "username fz%d pasword plain %s administrator");

    private static List<String> configs;

    /** The text of every fixture config, read once. */
    public static synchronized List<String> fixtureConfigs() {
        if (configs == null) {
            try (Stream<Path> files = Files.walk(Fixtures.root())) {
                List<String> texts = new ArrayList<>();
                for (Path f : files.filter(p -> p.toString().endsWith(".ix")).sorted().toList()) {
                    texts.add(Files.readString(f));
                }
                configs = List.copyOf(texts);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return configs;
    }

    /**
     * A config as users hold them: a fixture, a few lines cut or mutated, sometimes with keys
     * planted in lines of their own (each key text once), sometimes with CRLF line ends.
     * {@code keys} receives the planted keys.
     */
    public static String randomConfig(Random random, List<String> keys) {
        List<String> all = fixtureConfigs();
        List<String> lines = new ArrayList<>(List.of(all.get(random.nextInt(all.size())).split("\n", -1)));
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            List<String> variants = variantsOf(lines.get(at), random);
            if (!variants.isEmpty()) {
                lines.set(at, variants.get(random.nextInt(variants.size())));
            }
        }
        if (random.nextInt(3) == 0) {
            int planted = 1 + random.nextInt(3);
            for (int k = 0; k < planted; k++) {
                String key = "Plant" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
                keys.add(key);
                String template = KEY_LINES.get(random.nextInt(KEY_LINES.size()));
                String line = template.contains("198.51.100") ? String.format(template, 1 + random.nextInt(250), key)
                        : template.startsWith("username") ? String.format(template, random.nextInt(1000), key)
                        : String.format(template, random.nextInt(1000), 1 + random.nextInt(250), key);
                lines.add(random.nextInt(lines.size() + 1), line);
            }
        }
        String text = String.join("\n", lines);
        return random.nextInt(5) == 0 ? text.replace("\n", "\r\n") : text;
    }

    /** Text an editor inserts: pieces of lines, junk, Japanese, a character outside the BMP, line breaks. */
    public static String randomInsert(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "";
            case 1 -> "\n";
            case 2 -> JUNK.get(random.nextInt(JUNK.size()));
            case 3 -> " ";
            case 4 -> "日本語 \uD83D\uDE00";
            case 5 -> "\r\n  ";
            default -> {
                List<String> all = fixtureConfigs();
                String[] lines = all.get(random.nextInt(all.size())).split("\n");
                String line = lines[random.nextInt(lines.length)];
                int from = random.nextInt(line.length() + 1);
                yield line.substring(from, from + random.nextInt(line.length() - from + 1))
                        + (random.nextBoolean() ? "\n" : "");
            }
        };
    }
}
