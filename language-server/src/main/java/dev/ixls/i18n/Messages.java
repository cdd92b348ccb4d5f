package dev.ixls.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The message catalogs: every text a user reads, one file per language
 * ({@code messages_en.properties}, {@code messages_ja.properties} beside this class, UTF-8), keyed
 * by {@code area.message} (a rule's messages under its code: {@code IX001.unknownCommand}).
 * A translator reviews one file; {@code MessagesTest} fails on a key missing in either language,
 * a key no code uses, differing placeholders, or a Japanese term outside the glossary.
 *
 * <p>Call sites pass named arguments as pairs: {@code Messages.text("IX001.unknownCommand", "typed", typed)}.
 */
public final class Messages {

    static final String EN_RESOURCE = "messages_en.properties";
    static final String JA_RESOURCE = "messages_ja.properties";

    private Messages() {
    }

    /**
     * One language's catalog, read on first use of that language; a template is parsed when its
     * key is first asked for (a run uses a few dozen of some 650 keys).
     */
    private static final class Catalog {
        private final Properties raw;
        private final java.util.concurrent.ConcurrentHashMap<String, MessageTemplate> parsed =
                new java.util.concurrent.ConcurrentHashMap<>();

        Catalog(String resource) {
            this.raw = read(resource);
        }

        MessageTemplate get(String key) {
            MessageTemplate t = parsed.get(key);
            if (t == null) {
                String text = raw.getProperty(key);
                if (text == null) {
                    return null;
                }
                t = MessageTemplate.parse(text);
                parsed.putIfAbsent(key, t);
            }
            return t;
        }

        Map<String, MessageTemplate> all() {
            Map<String, MessageTemplate> templates = new LinkedHashMap<>(raw.size() * 2);
            for (String key : raw.stringPropertyNames()) {
                templates.put(key, get(key));
            }
            return templates;
        }
    }

    private static final class En {
        static final Catalog CATALOG = new Catalog(EN_RESOURCE);
    }

    private static final class Ja {
        static final Catalog CATALOG = new Catalog(JA_RESOURCE);
    }

    private static Catalog catalogOf(Language language) {
        return language == Language.JA ? Ja.CATALOG : En.CATALOG;
    }

    /**
     * The message {@code key} in both languages, its placeholders filled from {@code nameValuePairs}.
     * A value that is itself a {@link LocalizedText} fills each language with its own wording.
     */
    public static LocalizedText text(String key, Object... nameValuePairs) {
        return new LocalizedText(get(Language.EN, key, nameValuePairs), get(Language.JA, key, nameValuePairs));
    }

    /** The message {@code key} in one language. */
    public static String get(Language language, String key, Object... nameValuePairs) {
        return template(catalogOf(language), key).format(args(language, nameValuePairs));
    }

    /**
     * Words joined as a list of alternatives ("a, b or c"; 「a、b または c」). A word that is a
     * {@link LocalizedText} appears in each language's own wording.
     */
    public static LocalizedText or(java.util.Collection<?> words) {
        return joined(words, "list.or");
    }

    /** Words joined as a list of items that all hold ("a, b and c"; 「a、b、c」). */
    public static LocalizedText and(java.util.Collection<?> words) {
        return joined(words, "list.and");
    }

    private static LocalizedText joined(java.util.Collection<?> words, String key) {
        return new LocalizedText(join(Language.EN, words, key), join(Language.JA, words, key));
    }

    private static String join(Language language, java.util.Collection<?> words, String key) {
        java.util.List<String> list = words.stream()
                .map(w -> w instanceof LocalizedText t ? t.get(language) : String.valueOf(w)).toList();
        if (list.size() <= 1) {
            return list.isEmpty() ? "" : list.get(0);
        }
        String head = String.join(get(language, key + ".separator"), list.subList(0, list.size() - 1));
        return get(language, key, "head", head, "last", list.get(list.size() - 1));
    }

    /** Every key of one language's catalog with its template, for the catalog tests. */
    public static Map<String, MessageTemplate> catalog(Language language) {
        return Collections.unmodifiableMap(catalogOf(language).all());
    }

    private static MessageTemplate template(Catalog catalog, String key) {
        MessageTemplate t = catalog.get(key);
        if (t == null) {
            // A missing key must not fail the user's request; the tests make sure it never ships.
            return MessageTemplate.parse("[" + key + "]");
        }
        return t;
    }

    private static Map<String, Object> args(Language language, Object[] pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("message arguments come in name/value pairs");
        }
        Map<String, Object> args = new HashMap<>(pairs.length);
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            args.put((String) pairs[i], value instanceof LocalizedText t ? t.get(language) : value);
        }
        return args;
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message catalog missing from the jar: " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
