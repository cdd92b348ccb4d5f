package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every sample format (Cisco IOS and ASA, Generic, XML, AWS CLI JSON, Terraform): convert's
 * stderr holds no key, and checking a config whose keys are wrong against the sample reports the
 * mismatch in every output format without showing the sample's key or the config's.
 */
class KeysNeverShownCliTest {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> noFormatShowsAKey() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.path("aws"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md") && !name.startsWith(".")) {
                    tests.add(DynamicTest.dynamicTest(name, () -> check(file)));
                }
            }
        }
        return tests.stream();
    }

    private void check(Path sample) throws Exception {
        List<AwsSample> samples = AwsSampleReader.readAll(Files.readString(sample, StandardCharsets.UTF_8));
        AwsSample first = samples.get(0);
        List<String> args = new ArrayList<>(List.of("convert", sample.toString(), "--ike", "v2", "--static-route",
                "10.0.0.0/16", "--local-asn", "65000"));
        if (samples.size() > 1) {
            args.addAll(List.of("--connection", first.connectionId()));
        }
        if (!first.customerAsnMissing()) {
            args.remove("--local-asn");
            args.remove("65000");
        }
        CliRun convert = CliRun.of(args.toArray(String[]::new));
        List<String> keys = new ArrayList<>();
        samples.forEach(s -> s.tunnels().stream().map(AwsTunnel::presharedKey).forEach(k -> keys.add(k.reveal())));
        assertNoKey(convert.err(), keys);

        // The same config with every key changed: check must complain (IX503) without showing either key.
        String config = convert.out();
        List<String> wrong = new ArrayList<>();
        for (AwsTunnel t : first.tunnels()) {
            String bad = "Wr0ngKey" + t.number() + "xxxxxxxxxxxxxxxxxxxxxxxx";
            wrong.add(bad);
            config = config.replace(" " + t.presharedKey().reveal() + "\n", " " + bad + "\n");
        }
        Path ix = dir.resolve(sample.getFileName() + ".ix");
        Files.writeString(ix, config, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(keys);
        all.addAll(wrong);
        for (String format : List.of("text", "json", "sarif")) {
            CliRun check = CliRun.of("check", ix.toString(), "--aws-sample", sample.toString(), "--format", format);
            if (samples.size() == 1 && convert.exitCode() == 0) {
                assertEquals(1, check.exitCode(), check.out());
                assertTrue(check.out().contains(RuleCode.IX503.name()), check.out());
            }
            assertNoKey(check.out() + check.err(), all);
        }
    }

    private static void assertNoKey(String text, List<String> keys) {
        for (String key : keys) {
            assertFalse(text.contains(key), "a pre-shared key is shown: " + text);
        }
    }
}
