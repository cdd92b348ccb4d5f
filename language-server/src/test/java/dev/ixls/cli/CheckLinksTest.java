package dev.ixls.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.RuleCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ixls check} finds the AWS samples a person would: beside each config (however the
 * config's path is spelt), in the folders it walks, and in {@code .ixls.json}'s {@code awsSamples}.
 */
class CheckLinksTest {

    private static final String LINKED = "AWS VPN vpn-0e88bfbe4ce7ff72a";

    @TempDir
    Path dir;

    /** {@code configs/mistakes.ix} with the seed sample saved beside it under its download name. */
    private Path configs() throws Exception {
        Path configs = Files.createDirectories(dir.resolve("configs"));
        Files.copy(Fixtures.path("rules/IX502/triggers-typo-ike-policy-only.ix"), configs.resolve("mistakes.ix"));
        Files.copy(Fixtures.path("aws/seed-article-cisco-flattened.txt"), configs.resolve("vpn-0123abcd.txt"));
        return configs;
    }

    @Test
    void aSampleBesideAConfigNamedByARelativePathIsLinked() throws Exception {
        Path configs = configs();
        // cd configs && ixls check --summary mistakes.ix
        CliProcess run = CliProcess.run(configs, Map.of(), "check", "--summary", "mistakes.ix");
        String out = run.outText();
        assertTrue(out.contains(LINKED + " (vpn-0123abcd.txt)"), out + run.errText());
        assertTrue(out.contains("[" + RuleCode.IX502 + "]"), "the peer is checked against the sample: " + out);
        assertFalse(out.contains("No AWS sample is linked"), out);
        // One mistake, one finding: the mistyped peer, not also the two halves it no longer pairs.
        assertFalse(out.contains("[" + RuleCode.IX201 + "]"), out);
        assertTrue(out.contains("1       18.182.91.31    Tunnel0.0  FAIL  ok   ok     ok      ok   ok   5/6"), out);
    }

    @Test
    void aSampleBesideAConfigInAnotherFolderIsLinked() throws Exception {
        Path configs = configs();
        CliRun run = CliRun.of("check", "--summary", configs.resolve("mistakes.ix").toString());
        assertTrue(run.out().contains(LINKED), run.out());
        assertTrue(run.out().contains("[" + RuleCode.IX502 + "]"), run.out());
    }

    @Test
    void aSampleInAWalkedFolderIsLinked() throws Exception {
        Path configs = configs();
        Path aws = Files.createDirectories(dir.resolve("aws"));
        Files.move(configs.resolve("vpn-0123abcd.txt"), aws.resolve("vpn-0123abcd.txt"));
        CliRun run = CliRun.of("check", "--summary", dir.toString());
        assertTrue(run.out().contains(LINKED), run.out());
    }

    @Test
    void aSampleNamedInTheSettingsIsLinkedRelativeToTheSettingsFile() throws Exception {
        Path configs = configs();
        Path aws = Files.createDirectories(dir.resolve("aws"));
        Files.move(configs.resolve("vpn-0123abcd.txt"), aws.resolve("vpn-0123abcd.txt"));
        Files.writeString(dir.resolve(".ixls.json"), "{ \"awsSamples\": [\"aws/vpn-0123abcd.txt\"] }");
        // cd configs && ixls check --summary mistakes.ix: the settings are found from the working directory up.
        CliProcess run = CliProcess.run(configs, Map.of(), "check", "--summary", "mistakes.ix");
        assertTrue(run.outText().contains(LINKED), run.outText() + run.errText());
    }

    @Test
    void aSampleOfAnotherVpnBesideTheConfigIsNotLinked() throws Exception {
        Path configs = configs();
        Files.delete(configs.resolve("vpn-0123abcd.txt"));
        Files.copy(Fixtures.path("aws/cisco-ios-bgp.txt"), configs.resolve("vpn-other.txt"));
        CliRun run = CliRun.of("check", "--summary", configs.resolve("mistakes.ix").toString());
        assertFalse(run.out().contains("AWS VPN vpn-"), run.out());
        assertEquals(1, run.exitCode(), run.out());
    }

    @Test
    void theProjectsSettingsAreFoundFromTheConfigWhenCheckedFromElsewhere() throws Exception {
        Path configs = configs();
        Path aws = Files.createDirectories(dir.resolve("aws"));
        Files.move(configs.resolve("vpn-0123abcd.txt"), aws.resolve("vpn-0123abcd.txt"));
        Files.writeString(dir.resolve(".ixls.json"), "{ \"awsSamples\": [\"aws/vpn-0123abcd.txt\"] }");
        // The tests run in language-server/, far from this project: no .ixls.json from there up.
        CliRun run = CliRun.of("check", "--summary", configs.resolve("mistakes.ix").toString());
        assertTrue(run.out().contains(LINKED), run.out() + run.err());
    }
}
