package dev.ixls.eclipse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * User-visible strings exist in English and Japanese: the plugin.xml and MANIFEST texts
 * (plugin*.properties, Bundle-Localization) and the preference page texts (messages*.properties).
 */
class LocalizationTest {

    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([A-Za-z0-9_.]+)\"|: %([A-Za-z0-9_.]+)");

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = LocalizationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    private static Properties properties(String name) throws IOException {
        byte[] bytes = resource(name);
        for (byte b : bytes) {
            assertTrue(b >= 0, name + " must be ASCII (Japanese as Unicode escapes): OSGi and NLS read it as ISO-8859-1");
        }
        Properties properties = new Properties();
        properties.load(new java.io.ByteArrayInputStream(bytes));
        return properties;
    }

    @ParameterizedTest
    @CsvSource({ "plugin.properties, plugin_ja.properties",
            "dev/ixls/eclipse/preferences/messages.properties, dev/ixls/eclipse/preferences/messages_ja.properties",
            "dev/ixls/eclipse/messages.properties, dev/ixls/eclipse/messages_ja.properties" })
    void japaneseHasExactlyTheEnglishKeys(String english, String japanese) throws IOException {
        Properties en = properties(english);
        Properties ja = properties(japanese);
        assertFalse(en.isEmpty());
        assertEquals(new TreeSet<>(en.stringPropertyNames()), new TreeSet<>(ja.stringPropertyNames()));
        for (String key : en.stringPropertyNames()) {
            assertFalse(en.getProperty(key).isBlank(), key);
            assertFalse(ja.getProperty(key).isBlank(), key);
        }
    }

    @ParameterizedTest
    @CsvSource({ "contentType.ixConfig", "contentType.ixRunningConfig", "contentType.awsSample", "contentType.awsSampleXml",
            "contentType.ixShow", "contentType.ixShowLog", "server.label",
            "bundle.name" })
    void namesUsersSeeAreTranslated(String key) throws IOException {
        String ja = properties("plugin_ja.properties").getProperty(key);
        assertTrue(ja.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA), key + " = " + ja);
    }

    @Test
    void everyPercentKeyOfPluginXmlAndTheManifestIsDefined() throws IOException {
        String pluginXml = new String(resource("plugin.xml"), StandardCharsets.UTF_8);
        String manifest = Files.readString(Path.of("src/main/bundle/MANIFEST.MF"));
        Set<String> used = new TreeSet<>();
        for (String text : new String[] { pluginXml, manifest }) {
            Matcher m = PERCENT_KEY.matcher(text);
            while (m.find()) {
                used.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        assertTrue(used.containsAll(Set.of("bundle.name", "contentType.awsSample", "preferencePage.name")), used.toString());
        Properties en = properties("plugin.properties");
        Properties ja = properties("plugin_ja.properties");
        for (String key : used) {
            assertNotNull(en.getProperty(key), "plugin.properties lacks " + key);
            assertNotNull(ja.getProperty(key), "plugin_ja.properties lacks " + key);
        }
        assertEquals(used, new TreeSet<>(en.stringPropertyNames()), "unused keys in plugin.properties");
    }

    /**
     * One Japanese term per concept, as in the server's messages and the VS Code extension: the
     * glossary of docs/i18n.md (| concept | use | not |), a variant inside the preferred term or in
     * ルートマップ/ルートベース not counting.
     */
    @ParameterizedTest
    @CsvSource({ "plugin_ja.properties", "dev/ixls/eclipse/preferences/messages_ja.properties",
            "dev/ixls/eclipse/messages_ja.properties" })
    void japaneseUsesTheGlossaryTerms(String file) throws IOException {
        Path i18n = Path.of(System.getProperty("ixls.fixtures")).getParent().resolve("docs/i18n.md");
        String glossary = Files.readString(i18n, StandardCharsets.UTF_8).split("## Glossary", 2)[1];
        int rows = 0;
        Properties ja = properties(file);
        for (String row : glossary.lines().filter(l -> l.startsWith("|") && !l.startsWith("|---")
                && !l.startsWith("| concept")).toList()) {
            String[] cells = row.split("\\|");
            String use = cells[2].strip();
            rows++;
            for (String avoid : cells[3].split(",")) {
                String term = avoid.strip();
                for (String key : ja.stringPropertyNames()) {
                    assertFalse(!term.isEmpty() && usesTerm(ja.getProperty(key), term, use),
                            file + " " + key + ": '" + term + "' (use '" + use + "')");
                }
            }
        }
        assertTrue(rows >= 5, "no glossary table in " + i18n);
    }

    private static boolean usesTerm(String text, String term, String preferred) {
        for (int at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) {
            boolean insidePreferred = false;
            for (int p = preferred.indexOf(term); p >= 0 && !insidePreferred; p = preferred.indexOf(term, p + 1)) {
                insidePreferred = at - p >= 0 && text.startsWith(preferred, at - p);
            }
            boolean compound = term.equals("ルート") && (text.startsWith("ルートマップ", at) || text.startsWith("ルートベース", at));
            if (!insidePreferred && !compound) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @CsvSource({ "dev.ixls.eclipse.preferences.Messages, dev/ixls/eclipse/preferences/messages.properties",
            "dev.ixls.eclipse.Messages, dev/ixls/eclipse/messages.properties" })
    void everyMessagesFieldHasAText(String className, String file) throws Exception {
        Class<?> messages = Class.forName(className, false, LocalizationTest.class.getClassLoader());
        Set<String> fields = new TreeSet<>();
        for (Field field : messages.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class) {
                fields.add(field.getName());
            }
        }
        Properties en = properties(file);
        assertEquals(fields, new TreeSet<>(en.stringPropertyNames()));
    }
}
