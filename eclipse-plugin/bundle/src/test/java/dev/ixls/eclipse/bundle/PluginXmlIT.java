package dev.ixls.eclipse.bundle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Everything plugin.xml names is in the built jar: each class (of the right kind, loadable, with a
 * public no-argument constructor), grammar, language configuration and icon; each content type it
 * binds is one it declares; and the server jar and shared grammars are the ones the build made.
 */
class PluginXmlIT {

    /** What each extension point's class attribute must be. */
    private static final Map<String, String> CLASS_KINDS = Map.of(
            "org.eclipse.core.contenttype.contentTypes", "org.eclipse.core.runtime.content.ITextContentDescriber",
            "org.eclipse.lsp4e.languageServer", "org.eclipse.lsp4e.server.StreamConnectionProvider",
            "org.eclipse.core.runtime.preferences", "org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer",
            "org.eclipse.ui.preferencePages", "org.eclipse.ui.IWorkbenchPreferencePage");

    private static final Set<String> TRANSCRIPT_CONTENT_TYPES = Set.of("dev.ixls.eclipse.ixShow", "dev.ixls.eclipse.ixShowLog");

    private static final Set<String> PLATFORM_CONTENT_TYPES = Set.of("org.eclipse.core.runtime.text", "org.eclipse.core.runtime.xml");

    private static Document pluginXml;
    private static Set<String> jarEntries;

    @BeforeAll
    static void read() throws Exception {
        try (JarFile jar = BuiltBundle.open()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            pluginXml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(BuiltBundle.read(jar, "plugin.xml")));
            jarEntries = new TreeSet<>();
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                jarEntries.add(entries.nextElement().getName());
            }
        }
    }

    private static List<Element> extensions(String point) {
        List<Element> found = new ArrayList<>();
        NodeList all = pluginXml.getElementsByTagName("extension");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (point.equals(e.getAttribute("point"))) {
                found.add(e);
            }
        }
        return found;
    }

    private static List<Element> elements(String point, String tag) {
        List<Element> found = new ArrayList<>();
        for (Element extension : extensions(point)) {
            NodeList list = extension.getElementsByTagName(tag);
            for (int i = 0; i < list.getLength(); i++) {
                found.add((Element) list.item(i));
            }
        }
        return found;
    }

    private static Set<String> declaredContentTypes() {
        Set<String> ids = new TreeSet<>();
        for (Element type : elements("org.eclipse.core.contenttype.contentTypes", "content-type")) {
            ids.add(type.getAttribute("id"));
        }
        return ids;
    }

    @Test
    void everyNamedClassIsInTheJarOfTheRightKind() throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(BuiltBundle.jarPath().toUri().toURL());
        for (Path jar : BuiltBundle.classPathJars()) {
            urls.add(jar.toUri().toURL());
        }
        int checked = 0;
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (Map.Entry<String, String> kind : CLASS_KINDS.entrySet()) {
                for (Element extension : extensions(kind.getKey())) {
                    NodeList all = extension.getElementsByTagName("*");
                    for (int i = 0; i < all.getLength(); i++) {
                        String className = ((Element) all.item(i)).getAttribute("class");
                        if (className.isEmpty()) {
                            continue;
                        }
                        String entry = className.replace('.', '/') + ".class";
                        assertTrue(jarEntries.contains(entry), "plugin.xml names " + className + ", not in the jar");
                        Class<?> type = loader.loadClass(className);
                        assertTrue(type.getProtectionDomain().getCodeSource().getLocation().toString()
                                .endsWith(BuiltBundle.jarPath().getFileName().toString()), className + " loaded from elsewhere");
                        Class<?> expected = loader.loadClass(kind.getValue());
                        assertTrue(expected.isAssignableFrom(type), className + " is not a " + kind.getValue());
                        assertFalse(Modifier.isAbstract(type.getModifiers()), className);
                        assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), className);
                        checked++;
                    }
                }
            }
        }
        assertEquals(7, checked, "four describers, the connection provider, the initializer, the preference page");
    }

    @Test
    void everyNamedFileIsInTheJar() throws IOException {
        List<String> paths = new ArrayList<>();
        for (Element grammar : elements("org.eclipse.tm4e.registry.grammars", "grammar")) {
            paths.add(grammar.getAttribute("path"));
        }
        for (Element config : elements("org.eclipse.tm4e.languageconfiguration.languageConfigurations",
                "languageConfiguration")) {
            paths.add(config.getAttribute("path"));
        }
        List<String> icons = new ArrayList<>();
        for (Element icon : elements("org.eclipse.ui.genericeditor.icons", "icon")) {
            icons.add(icon.getAttribute("icon"));
        }
        assertEquals(2, new TreeSet<>(icons).size());
        paths.addAll(icons);
        assertTrue(paths.size() >= 12, paths.toString());
        try (JarFile jar = BuiltBundle.open()) {
            for (String path : paths) {
                byte[] bytes = BuiltBundle.read(jar, path);
                assertTrue(bytes.length > 0, path);
                if (path.endsWith(".json")) {
                    JsonObject json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
                    assertFalse(json.isEmpty(), path);
                } else if (path.endsWith(".png")) {
                    assertPng(path, bytes);
                    String hiDpi = path.replace(".png", "@2x.png");
                    assertPng(hiDpi, BuiltBundle.read(jar, hiDpi));
                }
            }
        }
    }

    private static void assertPng(String path, byte[] bytes) {
        byte[] signature = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
        assertTrue(bytes.length > 8, path);
        assertArrayEquals(signature, java.util.Arrays.copyOf(bytes, 8), path + " is not a PNG");
    }

    @Test
    void grammarsDeclareTheScopeNamesThePluginBindsAndAreTheSharedFiles() throws IOException {
        Path shared = Path.of(System.getProperty("ixls.grammars"));
        Map<String, String> scopes = new TreeMap<>();
        try (JarFile jar = BuiltBundle.open()) {
            for (Element grammar : elements("org.eclipse.tm4e.registry.grammars", "grammar")) {
                String path = grammar.getAttribute("path");
                byte[] bytes = BuiltBundle.read(jar, path);
                JsonObject json = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
                assertEquals(grammar.getAttribute("scopeName"), json.get("scopeName").getAsString(), path);
                scopes.put(grammar.getAttribute("scopeName"), path);
            }
            for (String name : List.of("nec-ix.tmLanguage.json", "aws-vpn-sample.tmLanguage.json",
                    "nec-ix.language-configuration.json", "aws-vpn-sample.language-configuration.json",
                    "nec-ix-show.language-configuration.json")) {
                assertArrayEquals(Files.readAllBytes(shared.resolve(name)), BuiltBundle.read(jar, "grammars/" + name),
                        name + " differs from grammars/textmate/" + name);
            }
        }
        assertEquals(Set.of("source.nec-ix", "source.aws-vpn-sample"), scopes.keySet());
        for (Element binding : elements("org.eclipse.tm4e.registry.grammars", "scopeNameContentTypeBinding")) {
            assertTrue(scopes.containsKey(binding.getAttribute("scopeName")), binding.getAttribute("scopeName"));
        }
    }

    @Test
    void everyContentTypeIsOpenedColouredAndServed() {
        Set<String> declared = declaredContentTypes();
        assertEquals(Set.of("dev.ixls.eclipse.ixConfig", "dev.ixls.eclipse.ixRunningConfig", "dev.ixls.eclipse.awsSample",
                "dev.ixls.eclipse.awsSampleXml", "dev.ixls.eclipse.ixShow", "dev.ixls.eclipse.ixShowLog"), declared);
        for (Element type : elements("org.eclipse.core.contenttype.contentTypes", "content-type")) {
            String base = type.getAttribute("base-type");
            assertTrue(declared.contains(base) || PLATFORM_CONTENT_TYPES.contains(base), base);
        }
        assertBindsAll(declared, "org.eclipse.ui.editors", "editorContentTypeBinding", "contentTypeId");
        // The repository has no grammar for transcripts (VS Code colours them with none either).
        Set<String> coloured = new TreeSet<>(declared);
        coloured.removeAll(TRANSCRIPT_CONTENT_TYPES);
        assertBindsAll(coloured, "org.eclipse.tm4e.registry.grammars", "scopeNameContentTypeBinding", "contentTypeId");
        assertBindsAll(declared, "org.eclipse.tm4e.languageconfiguration.languageConfigurations", "languageConfiguration",
                "contentTypeId");
        assertBindsAll(declared, "org.eclipse.lsp4e.languageServer", "contentTypeMapping", "contentType");
        assertBindsAll(declared, "org.eclipse.ui.genericeditor.icons", "icon", "contentType");
        for (Element editor : elements("org.eclipse.ui.editors", "editorContentTypeBinding")) {
            assertEquals("org.eclipse.ui.genericeditor.GenericEditor", editor.getAttribute("editorId"));
        }
    }

    private static void assertBindsAll(Set<String> declared, String point, String tag, String attribute) {
        Set<String> bound = new TreeSet<>();
        for (Element e : elements(point, tag)) {
            bound.add(e.getAttribute(attribute));
        }
        assertEquals(declared, bound, point + "/" + tag);
    }

    @Test
    void theServerIsMappedWithTheServersLanguageIds() {
        List<Element> servers = elements("org.eclipse.lsp4e.languageServer", "server");
        assertEquals(1, servers.size());
        String id = servers.get(0).getAttribute("id");
        Map<String, String> languages = new TreeMap<>();
        for (Element mapping : elements("org.eclipse.lsp4e.languageServer", "contentTypeMapping")) {
            assertEquals(id, mapping.getAttribute("id"));
            languages.put(mapping.getAttribute("contentType"), mapping.getAttribute("languageId"));
        }
        // The ids the VS Code extension sends (vscode-client/package.json): nec-ix-show for transcripts.
        assertEquals(Map.of("dev.ixls.eclipse.ixConfig", "nec-ix", "dev.ixls.eclipse.ixRunningConfig", "nec-ix",
                "dev.ixls.eclipse.awsSample", "aws-vpn-sample", "dev.ixls.eclipse.awsSampleXml", "aws-vpn-sample",
                "dev.ixls.eclipse.ixShow", "nec-ix-show", "dev.ixls.eclipse.ixShowLog", "nec-ix-show"), languages);
    }

    /** Transcripts by name: the file extensions of VS Code's nec-ix-show language. */
    @Test
    void transcriptsAreNamedAsInVsCode() throws IOException {
        Path packageJson = Path.of(System.getProperty("ixls.fixtures")).getParent().resolve("vscode-client/package.json");
        JsonObject manifest = JsonParser.parseString(Files.readString(packageJson)).getAsJsonObject();
        Set<String> vscode = new TreeSet<>();
        for (var language : manifest.getAsJsonObject("contributes").getAsJsonArray("languages")) {
            if ("nec-ix-show".equals(language.getAsJsonObject().get("id").getAsString())) {
                language.getAsJsonObject().getAsJsonArray("extensions").forEach(e -> vscode.add(e.getAsString().substring(1)));
            }
        }
        Set<String> eclipse = new TreeSet<>();
        for (Element type : elements("org.eclipse.core.contenttype.contentTypes", "content-type")) {
            if (type.getAttribute("id").equals("dev.ixls.eclipse.ixShow")) {
                eclipse.addAll(List.of(type.getAttribute("file-extensions").split(",")));
                assertTrue(type.getElementsByTagName("describer").getLength() == 0, "by name alone, as in VS Code");
            }
        }
        assertFalse(vscode.isEmpty(), packageJson.toString());
        assertEquals(vscode, eclipse);
    }

    @Test
    void theBundleHoldsTheServerJarAndNoLsp4eClasses() throws IOException {
        try (JarFile jar = BuiltBundle.open()) {
            byte[] server = BuiltBundle.read(jar, "server/ixls.jar");
            try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(server))) {
                assertNotNull(in.getManifest(), "the server jar has a manifest");
                assertEquals("dev.ixls.cli.Main", in.getManifest().getMainAttributes().getValue("Main-Class"));
            }
        }
        for (String entry : jarEntries) {
            assertFalse(entry.startsWith("org/"), "the compile-only LSP4E mirror leaked into the bundle: " + entry);
            assertFalse(entry.startsWith("META-INF/maven/"), entry);
        }
    }
}
