package dev.ixls.eclipse.bundle;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/** The bundle jar the build produced (failsafe runs after packaging), and the test class path. */
final class BuiltBundle {

    private BuiltBundle() {
    }

    static Path jarPath() {
        String path = System.getProperty("ixls.bundle.jar");
        assertNotNull(path, "ixls.bundle.jar is set by the build (run with mvn verify)");
        Path jar = Path.of(path);
        assertTrue(Files.isRegularFile(jar), "no bundle jar at " + jar);
        return jar;
    }

    static JarFile open() throws IOException {
        return new JarFile(jarPath().toFile());
    }

    static byte[] read(JarFile jar, String entry) throws IOException {
        ZipEntry e = jar.getEntry(entry);
        assertNotNull(e, "the bundle lacks " + entry);
        try (InputStream in = jar.getInputStream(e)) {
            return in.readAllBytes();
        }
    }

    /** The jars of the test class path (surefire and failsafe hide it behind a manifest-only jar). */
    static List<Path> classPathJars() {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.endsWith(".jar") && Files.isRegularFile(Path.of(entry))) {
                jars.add(Path.of(entry));
            }
        }
        return jars;
    }
}
