package dev.ixls.eclipse.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built bundle's MANIFEST.MF: its identity, and that Require-Bundle and Import-Package name
 * exactly what the classes use, with ranges that Eclipse 2024-03 (4.31) and newer satisfy.
 *
 * <p>The platform bundles on the test class path are the 4.31 ones the plugin is compiled against
 * (see the pom), so their Bundle-Version is the 2024-03 version each range must include. LSP4E is
 * not on Maven Central; the compile-only mirror module states what LSP4E exports
 * ({@code org.eclipse.lsp4e.server} at package version 0.1.0, unchanged from LSP4E 0.13 to 0.19).
 */
class BundleManifestIT {

    private static Attributes main;
    /** Packages the bundle's classes refer to, outside java.* and the bundle's own. */
    private static Map<String, Set<String>> referencedBy;
    private static final Map<String, Manifest> bundlesOnClassPath = new HashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (JarFile jar = BuiltBundle.open()) {
            main = jar.getManifest().getMainAttributes();
            referencedBy = new TreeMap<>();
            Enumeration<JarEntry> entries = jar.entries();
            boolean anyClass = false;
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.getName().endsWith(".class")) {
                    continue;
                }
                anyClass = true;
                ClassReferences.ClassInfo info = ClassReferences.read(BuiltBundle.read(jar, entry.getName()));
                assertTrue(info.majorVersion() <= 61, entry.getName() + " needs a Java newer than 17");
                for (String pkg : info.packages()) {
                    if (!pkg.startsWith("java.") && !pkg.startsWith("dev.ixls.eclipse")) {
                        referencedBy.computeIfAbsent(pkg, k -> new TreeSet<>()).add(entry.getName());
                    }
                }
            }
            assertTrue(anyClass);
        }
        for (Path cpJar : BuiltBundle.classPathJars()) {
            try (JarFile jar = new JarFile(cpJar.toFile())) {
                Manifest manifest = jar.getManifest();
                String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
                if (bsn != null) {
                    bundlesOnClassPath.put(OsgiHeader.parse(bsn).clauses().get(0).names().get(0), manifest);
                }
            }
        }
    }

    @Test
    void identity() {
        assertEquals("2", main.getValue("Bundle-ManifestVersion"));
        OsgiHeader.Clause bsn = OsgiHeader.parse(main.getValue("Bundle-SymbolicName")).clauses().get(0);
        assertEquals(List.of("dev.ixls.eclipse"), bsn.names());
        assertEquals("true", bsn.parameter("singleton:"), "a bundle that contributes extensions is a singleton");
        assertEquals("plugin", main.getValue("Bundle-Localization"));
        assertEquals("lazy", main.getValue("Bundle-ActivationPolicy"));
        assertNull(main.getValue("Bundle-Activator"), "the bundle needs no activator");
        assertNull(main.getValue("Export-Package"), "the bundle offers no API");
        String classPath = main.getValue("Bundle-ClassPath");
        assertTrue(classPath == null || ".".equals(classPath.strip()));
        String ee = main.getValue("Require-Capability");
        assertNotNull(ee);
        assertTrue(ee.contains("osgi.ee=JavaSE") && ee.contains("version>=17"), ee);
    }

    @Test
    void versionIsTheProjectVersionWithABuildQualifier() {
        String version = main.getValue("Bundle-Version");
        String base = System.getProperty("ixls.bundle.base.version");
        String project = System.getProperty("ixls.project.version");
        assertEquals(project.replace("-SNAPSHOT", ""), base, "bundle.base.version in the pom follows the project version");
        assertTrue(version.matches("\\Q" + base + "\\E\\.v\\d{12}"), version);
    }

    @Test
    void everyReferencedPackageIsWired() {
        Map<String, Set<String>> suppliedBy = suppliedByRequiredBundles();
        Set<String> imported = importedPackages().keySet();
        Map<String, Set<String>> unwired = new TreeMap<>();
        for (Map.Entry<String, Set<String>> ref : referencedBy.entrySet()) {
            String pkg = ref.getKey();
            boolean viaBundle = suppliedBy.values().stream().anyMatch(s -> s.contains(pkg));
            if (!viaBundle && !imported.contains(pkg)) {
                unwired.put(pkg, ref.getValue());
            }
        }
        assertTrue(unwired.isEmpty(), "used but neither imported nor required: " + unwired);
        assertTrue(referencedBy.containsKey("org.eclipse.lsp4e.server"), referencedBy.keySet().toString());
    }

    /**
     * Optional Require-Bundle entries the classes do not use, each for a reason of plugin.xml: the
     * workbench reads extensions in bundle dependency order, and the editor bindings must be read
     * after the Generic Editor's own editor, or it logs "Unknown editor" and drops them.
     */
    private static final Set<String> ORDERING_ONLY = Set.of("org.eclipse.ui.genericeditor");

    /** The imports that may be missing: without LSP4E the plugin still resolves, and says what is missing. */
    private static final Set<String> OPTIONAL_IMPORTS = Set.of("org.eclipse.lsp4e.server");

    @Test
    void orderingOnlyBundlesAndLsp4eAreOptional() {
        for (OsgiHeader.Clause clause : OsgiHeader.parse(main.getValue("Require-Bundle")).clauses()) {
            String name = clause.names().get(0);
            assertEquals(ORDERING_ONLY.contains(name) ? "optional" : null, clause.parameter("resolution:"), name);
        }
        for (OsgiHeader.Clause clause : OsgiHeader.parse(main.getValue("Import-Package")).clauses()) {
            for (String name : clause.names()) {
                assertEquals(OPTIONAL_IMPORTS.contains(name) ? "optional" : null, clause.parameter("resolution:"), name);
            }
        }
    }

    @Test
    void everyRequiredBundleAndImportIsUsed() {
        for (Map.Entry<String, Set<String>> bundle : suppliedByRequiredBundles().entrySet()) {
            if (ORDERING_ONLY.contains(bundle.getKey())) {
                continue;
            }
            Set<String> used = new TreeSet<>(bundle.getValue());
            used.retainAll(referencedBy.keySet());
            assertFalse(used.isEmpty(), "Require-Bundle " + bundle.getKey() + " supplies nothing the classes use");
        }
        for (String pkg : importedPackages().keySet()) {
            assertTrue(referencedBy.containsKey(pkg), "Import-Package " + pkg + " is not used");
        }
    }

    @Test
    void rangesAdmitEclipse202403AndLaterReleasesOfTheSameMajor() {
        OsgiHeader required = OsgiHeader.parse(main.getValue("Require-Bundle"));
        assertFalse(required.clauses().isEmpty());
        for (OsgiHeader.Clause clause : required.clauses()) {
            String name = clause.names().get(0);
            String rangeText = clause.parameter("bundle-version");
            assertNotNull(rangeText, name + " has no bundle-version range");
            OsgiVersion.Range range = OsgiVersion.Range.parse(rangeText);
            if (ORDERING_ONLY.contains(name)) {
                // Not compiled against; 2024-03 has 1.3.x, the e2e test's workbench 1.4.0.
                assertTrue(range.includes(OsgiVersion.parse("1.3.300")) && range.includes(OsgiVersion.parse("1.4.0")),
                        name + " " + rangeText);
                assertOpenToTheMajor(name, range);
                continue;
            }
            Manifest compiledAgainst = bundlesOnClassPath.get(name);
            assertNotNull(compiledAgainst, name + " is not on the compile class path");
            OsgiVersion eclipse202403 = OsgiVersion.parse(compiledAgainst.getMainAttributes().getValue("Bundle-Version"));
            assertTrue(range.includes(eclipse202403), name + " " + rangeText + " excludes 2024-03's " + eclipse202403);
            assertOpenToTheMajor(name, range);
        }
        for (Map.Entry<String, String> imported : importedPackages().entrySet()) {
            String rangeText = imported.getValue();
            assertNotNull(rangeText, imported.getKey() + " has no version range");
            OsgiVersion.Range range = OsgiVersion.Range.parse(rangeText);
            OsgiVersion exported = exportedVersion(imported.getKey());
            assertTrue(range.includes(exported), imported.getKey() + " " + rangeText + " excludes " + exported);
            assertOpenToTheMajor(imported.getKey(), range);
        }
    }

    private static void assertOpenToTheMajor(String name, OsgiVersion.Range range) {
        assertNotNull(range.ceiling(), name + ": give an upper bound (the next major version)");
        assertEquals(new OsgiVersion(range.floor().major() + 1, 0, 0), range.ceiling(),
                name + ": the range should end at the next major version");
        assertFalse(range.ceilingIncluded(), name);
    }

    private static OsgiVersion exportedVersion(String pkg) {
        for (Manifest manifest : bundlesOnClassPath.values()) {
            for (OsgiHeader.Clause clause : OsgiHeader.parse(manifest.getMainAttributes().getValue("Export-Package"))
                    .clauses()) {
                if (clause.names().contains(pkg)) {
                    String v = clause.parameter("version");
                    return OsgiVersion.parse(v == null ? "0.0.0" : v);
                }
            }
        }
        fail("no bundle on the class path exports " + pkg);
        return null;
    }

    private static Map<String, String> importedPackages() {
        Map<String, String> imports = new LinkedHashMap<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(main.getValue("Import-Package")).clauses()) {
            for (String name : clause.names()) {
                imports.put(name, clause.parameter("version"));
            }
        }
        return imports;
    }

    /** For each Require-Bundle entry: what it exports, with what it re-exports, transitively. */
    private static Map<String, Set<String>> suppliedByRequiredBundles() {
        Map<String, Set<String>> supplied = new TreeMap<>();
        for (OsgiHeader.Clause clause : OsgiHeader.parse(main.getValue("Require-Bundle")).clauses()) {
            String name = clause.names().get(0);
            supplied.put(name, visiblePackages(name));
        }
        return supplied;
    }

    private static Set<String> visiblePackages(String bundle) {
        Set<String> packages = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(bundle));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) {
                continue;
            }
            for (Map.Entry<String, Manifest> candidate : bundlesOnClassPath.entrySet()) {
                Attributes attributes = candidate.getValue().getMainAttributes();
                String host = attributes.getValue("Fragment-Host");
                boolean isFragmentOfIt = host != null && OsgiHeader.parse(host).clauses().get(0).names().contains(name);
                if (candidate.getKey().equals(name) || isFragmentOfIt) {
                    for (OsgiHeader.Clause export : OsgiHeader.parse(attributes.getValue("Export-Package")).clauses()) {
                        packages.addAll(export.names());
                    }
                    for (OsgiHeader.Clause req : OsgiHeader.parse(attributes.getValue("Require-Bundle")).clauses()) {
                        if ("reexport".equals(req.parameter("visibility:"))) {
                            todo.push(req.names().get(0));
                        }
                    }
                }
            }
        }
        return packages;
    }
}
