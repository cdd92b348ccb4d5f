package dev.ixls.eclipse.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sample content type decided by the language server's own detectors, run from the server jar
 * the bundle ships (target/classes/server/ixls.jar, copied there before the tests run).
 */
class ServerDetectorsTest {

    private static ServerDetectors server;

    @BeforeAll
    static void loadTheShippedJar() throws IOException {
        server = ServerDetectors.load(Path.of(System.getProperty("ixls.classes", "target/classes"), "server/ixls.jar"));
    }

    private static String head(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(DescriberTestSupport.fixtures().resolve(fixture));
                Reader reader = TextHead.reader(in, ServerDetectors.DETECT_CHARS)) {
            return TextHead.read(reader, ServerDetectors.DETECT_CHARS);
        }
    }

    /**
     * Samples whose first line is no header: pasted with the line breaks lost (the shape of the
     * seed article's sample), a Cisco ASA sample, the JSON of the AWS CLI and a Terraform state
     * saved as text. The first-line rule missed every one; the server reads them all.
     */
    @ParameterizedTest
    @ValueSource(strings = { "lsp/e2e/downloaded-sample.txt", "aws/seed-article-cisco-flattened.txt",
            "aws/cisco-asa-vti-bgp.txt", "aws/describe-vpn-connections.json", "aws/terraform.tfstate" })
    void samplesWithoutAHeaderAreSamples(String fixture) throws IOException {
        String text = head(fixture);
        assertTrue(server.isAwsSample(text), fixture);
        assertEquals(VALID, AwsSampleDescriber.isAwsSample(text, Optional.of(server)) ? VALID : INVALID, fixture);
    }

    @Test
    void theFirstLineRuleAloneMissesAPastedSample() throws IOException {
        assertFalse(AwsSampleDescriber.isAwsSample(head("lsp/e2e/downloaded-sample.txt"), Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "aws/cisco-ios-bgp.txt", "aws/generic-bgp.txt", "aws/customer-gateway-bgp.xml",
            "aws/cisco-ios-bgp-old-crlf.txt" })
    void samplesWithAHeaderStaySamples(String fixture) throws IOException {
        assertTrue(server.isAwsSample(head(fixture)), fixture);
    }

    /** IX configs, prose and a sample for a device ixls does not read are no samples. */
    @ParameterizedTest
    @ValueSource(strings = { "aws/bad/ix-config.txt", "aws/bad/prose.txt", "aws/bad/junos-sample.txt",
            "ix/device-output-ix2215-bgp.ix", "ix/seed-article.ix", "lsp/e2e/seed-typo.ix", "e2e/ix-aws-show.ixlog" })
    void otherTextIsNoSample(String fixture) throws IOException {
        assertFalse(server.isAwsSample(head(fixture)), fixture);
    }

    /**
     * Transcripts of router output as the server reads them, also those the first-line rule misses:
     * a log that opens with show running-config (a running config, by its header) and Ansible's
     * JSON of netmiko's output.
     */
    @ParameterizedTest
    @ValueSource(strings = { "e2e/ix-aws-show.ixlog", "show/crlf-paged-running-config.txt", "show/ansible-debug.txt",
            "show/udp500-blocked.txt", "show/seed-article-flattened.txt", "show/netmiko-no-prompt.txt",
            "show/routes-only.txt" })
    void transcriptsAreTranscripts(String fixture) throws IOException {
        String text = head(fixture);
        assertTrue(server.looksLikeTranscript(text), fixture);
        assertTrue(TranscriptDescriber.isTranscript(text, Optional.of(server)), fixture);
    }

    @Test
    void theFirstLineRuleAloneMissesTranscriptsTheServerReads() throws IOException {
        assertFalse(TranscriptDescriber.isTranscript(head("show/crlf-paged-running-config.txt"), Optional.empty()));
        assertFalse(TranscriptDescriber.isTranscript(head("show/ansible-debug.txt"), Optional.empty()));
    }

    /** A running config alone, configs, samples and prose are no transcripts. */
    @ParameterizedTest
    @ValueSource(strings = { "ix/device-output-ix2215-bgp.ix", "ix/seed-article.ix", "lsp/e2e/seed-typo.ix",
            "aws/cisco-ios-bgp.txt", "lsp/e2e/downloaded-sample.txt", "aws/bad/prose.txt", "aws/bad/ix-config.txt" })
    void otherTextIsNoTranscript(String fixture) throws IOException {
        assertFalse(TranscriptDescriber.isTranscript(head(fixture), Optional.of(server)), fixture);
    }

    /** As in the server: a text that reads as a sample is a sample, whatever router output it quotes. */
    @Test
    void aSampleThatQuotesRouterOutputStaysASample() throws IOException {
        String text = head("aws/cisco-ios-bgp.txt") + "\n" + head("e2e/ix-aws-show.ixlog");
        assertTrue(server.isAwsSample(text));
        assertTrue(server.looksLikeTranscript(text));
        assertFalse(TranscriptDescriber.isTranscript(text, Optional.of(server)));
    }

    /**
     * A session log that starts with show running-config is a running config by its header; once
     * it shows the router's state as well it is a transcript, and the running config's describer
     * leaves it to the transcript's.
     */
    @Test
    void aLogWithTheRunningConfigAndTheStateIsATranscriptNotAConfig() throws IOException {
        String log = head("show/crlf-paged-running-config.txt");
        assertTrue(IxConfigDescriber.isRunningConfig(log, Optional.empty()));
        assertFalse(IxConfigDescriber.isRunningConfig(log, Optional.of(server)));
        assertTrue(IxConfigDescriber.isRunningConfig(head("ix/device-output-ix2215-bgp.ix"), Optional.of(server)));
    }

    @Test
    void aJarWithoutTheDetectorsIsRefused(@TempDir Path dir) throws IOException {
        Path notAJar = Files.writeString(dir.resolve("ixls.jar"), "not a jar");
        assertThrows(IOException.class, () -> ServerDetectors.load(notAJar));
        assertThrows(IOException.class, () -> ServerDetectors.load(dir.resolve("missing.jar")));
    }
}
