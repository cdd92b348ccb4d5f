package dev.ixls.eclipse.content;

import static org.eclipse.core.runtime.content.IContentDescriber.INVALID;
import static org.eclipse.core.runtime.content.IContentDescriber.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AwsSampleXmlDescriberTest {

    @ParameterizedTest
    @CsvSource({ "aws/customer-gateway-bgp.xml, true", "aws/customer-gateway-static.xml, true", "aws/bad/truncated.xml, true",
            "../eclipse-plugin/bundle/pom.xml, false", "../eclipse-plugin/bundle/src/main/resources/plugin.xml, false" })
    void theCustomerGatewayXmlByItsRoot(String fixture, boolean sample) throws IOException {
        Path file = DescriberTestSupport.fixtures().resolve(fixture);
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(sample ? VALID : INVALID, new AwsSampleXmlDescriber().describe(in, null), fixture);
        }
    }
}
