package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.Fuzz;
import dev.ixls.Mutations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line side of the fuzz suite (docs/fuzzing.md): many mutated configs with planted
 * keys, AWS samples among them, in nested folders, checked in one run. Every file is reported, no
 * internal error (IX900, exit 2) occurs, the exit code says whether errors were found, and no
 * planted key reaches the report.
 */
@Tag("fuzz")
class CheckFuzzTest {

    @TempDir
    Path dir;

    @Test
    void manyMutatedConfigsInOneRun() throws Exception {
        // One run of 1,000 configs in the brief run; runs of 5,000 (the size) in a long one.
        Fuzz.Loop loop = Fuzz.loop("cli", 1);
        int size = Fuzz.seconds() > 0 ? 5000 : 1000;
        while (loop.next()) {
            Path run = Files.createDirectories(dir.resolve("run" + loop.cases()));
            checkOneRun(run, loop.random(), size, loop.where());
        }
    }

    private void checkOneRun(Path dir, Random r, int size, String where) throws Exception {
        List<String> keys = new ArrayList<>();
        Files.writeString(dir.resolve("sample-a.txt"), Fixtures.read("aws/seed-article-cisco-flattened.txt"));
        Files.writeString(dir.resolve("sample-b.xml"), Fixtures.read("aws/customer-gateway-bgp.xml"));
        for (int i = 0; i < size; i++) {
            Path folder = Files.createDirectories(dir.resolve("site" + (i % 17)));
            Files.writeString(folder.resolve("router-" + i + ".ix"), Mutations.randomConfig(r, keys));
        }
        CliRun run = CliRun.of("check", "--format", "json", "--summary", dir.toString());
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, where + ": exit " + run.exitCode() + ": " + run.err());
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        assertEquals(size, report.getAsJsonObject("summary").get("files").getAsInt(), where + ": every file reported");
        assertTrue(!run.out().contains("\"IX900\""), where + ": an internal error in the run");
        if (Boolean.getBoolean("ixls.fuzz.process")) {
            // The same run as an `ixls check` process with the launcher's JVM options, for its peak memory.
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            List<String> options = dev.ixls.PeakMemory.jvmOptions(dev.ixls.PeakMemory.CLI_OPTIONS);
            command.addAll(options);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.ixls.cli.Main", "check",
                    "--format", "json", "--summary", dir.toString()));
            int exit = dev.ixls.PeakMemory.run("check of " + size + " configs", options, command,
                    dir.getParent().resolve(dir.getFileName() + "-report.json"));
            assertTrue(exit == 0 || exit == 1, where + ": exit " + exit);
        }
        String all = run.out() + run.err();
        List<String> leaked = keys.stream().filter(all::contains).toList();
        // A mutation may leave a planted key where no key goes (a word dropped before it): only
        // keys the config still holds at a key position are secrets. Those never show.
        List<String> secretLeaks = leaked.stream().filter(k -> CheckFuzzTest.stillAKey(dir, k)).toList();
        assertEquals(List.of(), secretLeaks, where + ": keys in the report");
    }

    /** Whether the key stands at a key position wherever it occurs in the configs written. */
    static boolean stillAKey(Path dir, String key) {
        dev.ixls.service.IxLanguageService service = new dev.ixls.service.IxLanguageService();
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".ix")).toList()) {
                String text = Files.readString(f);
                if (!text.contains(key)) {
                    continue;
                }
                for (var s : service.model(text).parsed().statements()) {
                    for (var w : s.line().words()) {
                        if (w.text().contains(key) && !(s.secretWords().contains(w) && w.text().equals(key))) {
                            return false;
                        }
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return true;
    }
}
