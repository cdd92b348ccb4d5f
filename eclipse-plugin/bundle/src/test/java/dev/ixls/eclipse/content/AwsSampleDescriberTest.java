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
 * The describer outside Eclipse, where it has no server jar: the first-line rules it falls back to
 * (with the server's detectors: {@link ServerDetectorsTest}).
 */
class AwsSampleDescriberTest {

    private final AwsSampleDescriber describer = new AwsSampleDescriber();

    private int describeFixture(String fixture) throws IOException {
        try (InputStream in = Files.newInputStream(DescriberTestSupport.fixtures().resolve(fixture))) {
            return describer.describe(in, null);
        }
    }

    private int describe(String text) throws IOException {
        return describer.describe(new StringReader(text), null);
    }

    @ParameterizedTest
    @ValueSource(strings = { "aws/cisco-ios-bgp.txt", "aws/cisco-ios-static.txt", "aws/cisco-ios-bgp-old-crlf.txt",
            "aws/cisco-ios-bgp-exit-address-family.txt", "aws/cisco-ios-bgp-custom-asn.txt", "aws/generic-bgp.txt",
            "aws/generic-static.txt", "aws/customer-gateway-bgp.xml", "aws/customer-gateway-static.xml",
            "aws/bad/cisco-missing-key.txt", "aws/bad/truncated.xml" })
    void samplesAreValid(String fixture) throws IOException {
        assertEquals(VALID, describeFixture(fixture), fixture);
    }

    @ParameterizedTest
    @ValueSource(strings = { "aws/bad/ix-config.txt", "aws/bad/prose.txt", "aws/bad/junos-sample.txt",
            "aws/describe-vpn-connections.json", "aws/describe-vpn-connection-bare.json",
            "ix/device-output-ix2215-bgp.ix", "ix/seed-article.ix" })
    void otherFilesAreInvalid(String fixture) throws IOException {
        assertEquals(INVALID, describeFixture(fixture), fixture);
    }

    @Test
    void xmlRootMayFollowAPrologAndComments() throws IOException {
        assertEquals(VALID, describe("\uFEFF<?xml version=\"1.0\"?>\n<!-- saved from the console -->\n"
                + "<!DOCTYPE vpn_connection>\n<vpn_connection id=\"vpn-1\">"));
        assertEquals(VALID, describe("<vpn_connection/>"));
    }

    @Test
    void otherXmlIsInvalid() throws IOException {
        assertEquals(INVALID, describe("<?xml version=\"1.0\"?>\n<project><vpn_connection/></project>"));
        assertEquals(INVALID, describe("<vpn_connections>"));
        assertEquals(INVALID, describe("<?xml version=\"1.0\"?><!-- <vpn_connection> -->\n<root/>"));
    }

    @Test
    void theFirstLineDecides() throws IOException {
        assertEquals(VALID, describe("\n\n! Amazon Web Services\r\n! Virtual Private Cloud\r\n"));
        assertEquals(VALID, describe("Amazon Web Services  \nVirtual Private Cloud\n"));
        assertEquals(INVALID, describe("Notes\n! Amazon Web Services\n"));
        assertEquals(INVALID, describe("! Amazon Web Services sample, annotated by us\n"));
        assertEquals(INVALID, describe(""));
    }

    @Test
    void utf16SamplesAreRead() throws IOException {
        byte[] bytes = "! Amazon Web Services\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[bytes.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(bytes, 0, withBom, 2, bytes.length);
        assertEquals(VALID, describer.describe(new ByteArrayInputStream(withBom), null));
    }
}
