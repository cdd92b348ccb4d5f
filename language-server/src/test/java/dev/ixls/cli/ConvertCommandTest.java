package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

    private static final String SEED = Fixtures.path("aws/seed-article-cisco-flattened.txt").toString();

    @TempDir
    Path dir;

    @Test
    void writesTheConfigToStdout() {
        CliRun run = CliRun.of("convert", SEED);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ike policy ike-policy1 peer 18.182.91.31 key "));
        assertTrue(run.out().contains("interface Tunnel1.0\n"));
        assertFalse(run.err().contains("fails check"), run.err());
    }

    @Test
    void neverOverwritesWithoutForce() throws Exception {
        Path out = dir.resolve("router.ix");
        Files.writeString(out, "my own work\n");
        CliRun run = CliRun.of("convert", SEED, "-o", out.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("not overwriting"), run.err());
        assertEquals("my own work\n", Files.readString(out));

        CliRun forced = CliRun.of("convert", SEED, "-o", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertTrue(Files.readString(out).contains("ike proposal"));
    }

    @Test
    void writesANewFile() throws Exception {
        Path out = dir.resolve("new.ix");
        CliRun run = CliRun.of("convert", "--ike", "v2", SEED, "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.readString(out).contains("tunnel mode ipsec-ikev2"));
        assertEquals("", run.out());
    }

    @Test
    void notASampleSaysWhatIsUnderstood() {
        CliRun run = CliRun.of("convert", Fixtures.path("ix/seed-article.ix").toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("Cisco IOS sample"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertFalse(run.err().contains("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"), run.err());
    }

    @Test
    void binaryAndMissingInputs() throws Exception {
        Path bin = dir.resolve("x.bin");
        Files.write(bin, new byte[] {0, 1, 2, 3, 0});
        CliRun binary = CliRun.of("convert", bin.toString());
        assertEquals(1, binary.exitCode());
        assertTrue(binary.err().contains("binary"), binary.err());
        CliRun missing = CliRun.of("convert", dir.resolve("nope.txt").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, CliRun.of("convert", "--ike", "v3", SEED).exitCode());
        assertEquals(2, CliRun.of("convert", "--advertise", "192.168.1.0", SEED).exitCode());
        assertEquals(2, CliRun.of("convert").exitCode());
    }
}
