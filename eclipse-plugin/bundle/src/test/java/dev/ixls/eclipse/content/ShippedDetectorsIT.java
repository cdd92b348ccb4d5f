package dev.ixls.eclipse.content;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.ixls.eclipse.Ixls;

/**
 * The server jar inside the built bundle carries the detectors the content describer calls (a
 * renamed or moved {@code AwsSampleReader.looksLikeSample} or
 * {@code ShowTranscript.looksLikeTranscript} fails the build here, not in Eclipse).
 */
class ShippedDetectorsIT {

    @Test
    void theBundlesServerJarRecognisesAPastedSampleAndATranscript(@TempDir Path dir) throws IOException {
        String bundle = System.getProperty("ixls.bundle.jar");
        assertNotNull(bundle, "ixls.bundle.jar is set by the build (run with mvn verify)");
        Path serverJar = dir.resolve("ixls.jar");
        try (JarFile jar = new JarFile(bundle)) {
            ZipEntry entry = jar.getEntry(Ixls.SERVER_JAR_ENTRY);
            assertNotNull(entry, "the bundle lacks " + Ixls.SERVER_JAR_ENTRY);
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, serverJar);
            }
        }
        ServerDetectors detectors = ServerDetectors.load(serverJar);
        Path fixtures = Path.of(System.getProperty("ixls.fixtures"));
        assertTrue(detectors.isAwsSample(Files.readString(fixtures.resolve("lsp/e2e/downloaded-sample.txt"))));
        assertFalse(detectors.isAwsSample(Files.readString(fixtures.resolve("lsp/e2e/seed-typo.ix"))));
        assertTrue(detectors.looksLikeTranscript(Files.readString(fixtures.resolve("e2e/ix-aws-show.ixlog"))));
        assertFalse(detectors.looksLikeTranscript(Files.readString(fixtures.resolve("lsp/e2e/seed-typo.ix"))));
    }
}
