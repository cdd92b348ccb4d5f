package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.SampleFormatException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys never reach a report (issue 13): {@code ixls check} over configs with keys planted in every
 * syntax, configs whose keys differ from their AWS samples (every sample format), and samples cut
 * in half (the "could not be read" path), in text, JSON and SARIF, with the tunnel summary: neither
 * standard output nor standard error holds a key, and a one-character key masks nothing else.
 */
class KeysInReportsTest {

    private static final Pattern PLANTED = Pattern.compile("\\bPlant\\w+|0x506c616e74\\w+");

    @TempDir
    Path dir;

    @Test
    void noReportFormatShowsAKey() throws Exception {
        Set<String> keys = new LinkedHashSet<>();
        List<String> args = new ArrayList<>(List.of("check", "--summary"));
        for (String fixture : List.of("robustness/planted-keys.ix", "robustness/short-password.ix",
                "robustness/did-you-mean.ix")) {
            String text = Fixtures.read(fixture);
            for (String line : text.split("\n")) {
                Matcher m = PLANTED.matcher(line);
                while (!line.startsWith("!") && m.find()) {
                    keys.add(m.group());
                }
            }
            args.add(Fixtures.path(fixture).toString());
        }
        int n = 0;
        try (Stream<Path> files = Files.list(Fixtures.path("aws"))) {
            for (Path sample : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(sample, StandardCharsets.UTF_8);
                List<AwsSample> read;
                try {
                    read = AwsSampleReader.readAll(text);
                } catch (SampleFormatException e) {
                    continue;
                }
                Path folder = Files.createDirectories(dir.resolve("vpn" + n++));
                // The sample beside a config made from it, every key wrong; and the sample cut in half.
                Files.writeString(folder.resolve(sample.getFileName()), text);
                String config = dev.ixls.convert.IxConfigConverter.convert(read.get(0),
                        dev.ixls.convert.ConvertedSamples.optionsFor(read.get(0)));
                int k = 0;
                for (AwsSample s : read) {
                    for (AwsTunnel t : s.tunnels()) {
                        keys.add(t.presharedKey().reveal());
                        config = config.replace(t.presharedKey().reveal(), "PlantWrong" + n + "x" + k++);
                    }
                }
                Files.writeString(folder.resolve("router.ix"), config);
                Files.writeString(dir.resolve("half-" + sample.getFileName()), text.substring(0, text.length() / 2));
                args.add(folder.toString());
                args.add(dir.resolve("half-" + sample.getFileName()).toString());
                keys.addAll(PLANTED.matcher(config).results().map(java.util.regex.MatchResult::group).toList());
            }
        }
        assertTrue(n >= 8, n + " samples");
        for (String format : List.of("text", "json", "sarif")) {
            List<String> run = new ArrayList<>(args);
            run.add(1, "--format");
            run.add(2, format);
            CliRun r = CliRun.of(run.toArray(String[]::new));
            String all = r.out() + "\n" + r.err();
            assertTrue(r.out().contains("IX503"), format + ": the key mismatch is reported");
            List<String> leaks = keys.stream().filter(all::contains).toList();
            assertEquals(List.of(), leaks, format);
            assertFalse(all.matches("(?s).*[0-9A-Za-z.]\\*{8}.*"), format + ": a mask inside another word");
            assertTrue(all.contains("Tunnel0.1"), format + ": the one-character key masks nothing else");
        }
    }
}
