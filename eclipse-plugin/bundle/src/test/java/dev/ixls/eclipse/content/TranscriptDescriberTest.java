package dev.ixls.eclipse.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The transcript describer outside Eclipse, where it has no server jar: the first-line rule it
 * falls back to, the VS Code extension's for nec-ix-show (with the server's detector:
 * {@link ServerDetectorsTest}).
 */
class TranscriptDescriberTest {

    private final TranscriptDescriber describer = new TranscriptDescriber();

    private int describeFixture(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(DescriberTestSupport.fixtures().resolve(fixture))) {
            return describer.describe(in, null);
        }
    }

    private int describe(String text) throws IOException {
        return describer.describe(new StringReader(text), null);
    }

    /** Session logs that open with a prompt and a show command, or with the output itself. */
    @ParameterizedTest
    @ValueSource(strings = { "e2e/ix-aws-show.ixlog", "show/udp500-blocked.txt", "show/routes-only.txt",
            "show/seed-article-flattened.txt", "show/seed-article-reconstructed.txt", "show/netmiko-no-prompt.txt",
            "show/bgp-not-established.txt" })
    void transcriptsThatSaySoOnTheirFirstLineAreValid(String fixture) throws IOException {
        assertEquals(VALID, describeFixture(fixture), fixture);
    }

    /**
     * Configs, samples and prose are not; neither, by the first line alone, are a log that opens
     * with show running-config and Ansible's JSON (the server's detector reads both as transcripts).
     */
    @ParameterizedTest
    @ValueSource(strings = { "ix/device-output-ix2215-bgp.ix", "ix/seed-article.ix", "lsp/e2e/seed-typo.ix",
            "aws/cisco-ios-bgp.txt", "aws/generic-bgp.txt", "aws/bad/prose.txt", "aws/bad/ix-config.txt",
            "show/crlf-paged-running-config.txt", "show/ansible-debug.txt" })
    void otherFilesAreInvalid(String fixture) throws IOException {
        assertEquals(INVALID, describeFixture(fixture), fixture);
    }

    @Test
    void theFirstLineDecides() throws IOException {
        assertEquals(VALID, describe("\n\nix2215# show ip bgp summary\nBGP router ID 192.0.2.1, local AS number 65000\n"));
        assertEquals(VALID, describe("nec-ix01(config)# sh ipsec sa\n"));
        assertEquals(VALID, describe("router.tokyo-1# ping 169.254.10.1\n"));
        assertEquals(VALID, describe("IP Routing Table - 4 entries, 1 hidden, 2048 frees\n"));
        assertEquals(INVALID, describe("ix2215# show running-config\nUsing 1 out of 2 bytes\n"));
        assertEquals(INVALID, describe("Notes from the call\nix2215# show ike sa\n"));
        assertEquals(INVALID, describe("ix2215# configure\n"));
        assertEquals(INVALID, describe(""));
    }

    @Test
    void aByteOrderMarkAndUtf16AreRead() throws IOException {
        assertEquals(VALID, describe("\uFEFFISAKMP SA - 1 configured, 1 created\n"));
        byte[] bytes = "ix# show ike sa\n".getBytes(StandardCharsets.UTF_16);
        assertEquals(VALID, describer.describe(new ByteArrayInputStream(bytes), null));
    }
}
