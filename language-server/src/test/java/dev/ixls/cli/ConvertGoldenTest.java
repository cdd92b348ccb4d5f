package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample layout of {@code test-fixtures/convert/cases.txt}, converted by the real command
 * line in each IKE version: the output equals its golden file, the command exits 0, no
 * pre-shared key reaches stderr, and {@code ixls check OUT --aws-sample SAMPLE} finds no error.
 */
class ConvertGoldenTest {

    @TempDir
    Path dir;

    private record Case(String name, String fixture, List<String> versions, List<String> options) {
    }

    @TestFactory
    Stream<DynamicTest> everyLayoutConvertsCleanInItsVersions() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (String v : c.versions()) {
                tests.add(DynamicTest.dynamicTest(c.name() + " " + v, () -> check(c, v)));
            }
        }
        assertTrue(tests.size() >= 45, "cases.txt lost lines: " + tests.size());
        return tests.stream();
    }

    private void check(Case c, String version) throws Exception {
        String sample = Fixtures.path(c.fixture()).toString();
        List<String> args = new ArrayList<>(List.of("convert", sample, "--ike", version, "--lang", "en"));
        args.addAll(c.options());
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        for (String key : keys(c.fixture())) {
            assertFalse(run.err().contains(key), "a pre-shared key on stderr: " + run.err());
        }
        Path golden = Fixtures.path("convert/" + c.name() + ".ike" + version + ".expected.ix");
        if (Boolean.getBoolean("ixls.regenerate")) {
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out(), "golden " + golden.getFileName());

        if (c.options().contains("--connection")) {
            return; // `check --aws-sample` holds the config to every connection of the file; convert's own check (exit 0) holds it to this one
        }
        Path out = dir.resolve(c.name() + "." + version + ".ix");
        Files.writeString(out, run.out(), StandardCharsets.UTF_8);
        CliRun check = CliRun.of("check", out.toString(), "--aws-sample", sample, "--lang", "en");
        assertEquals(0, check.exitCode(), check.out() + check.err());
        assertTrue(check.out().contains(" 0 errors"), check.out());
        for (String key : keys(c.fixture())) {
            assertFalse(check.out().contains(key) || check.err().contains(key), "a pre-shared key in check's output");
        }
    }

    private static List<String> keys(String fixture) throws Exception {
        List<String> keys = new ArrayList<>();
        for (AwsSample s : AwsSampleReader.readAll(Fixtures.read(fixture))) {
            for (AwsTunnel t : s.tunnels()) {
                keys.add(t.presharedKey().reveal());
            }
        }
        return keys;
    }

    private static List<Case> cases() throws IOException {
        List<Case> out = new ArrayList<>();
        for (String line : Files.readAllLines(Fixtures.path("convert/cases.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|");
            out.add(new Case(f[0].strip(), f[1].strip(), Arrays.asList(f[2].strip().split("\\s+")),
                    f.length > 3 && !f[3].isBlank() ? Arrays.asList(f[3].strip().split("\\s+")) : List.of()));
        }
        return out;
    }
}
