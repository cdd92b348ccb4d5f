package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.assertAddressing;
import static dev.ixls.aws.SampleAssertions.assertBgp;
import static dev.ixls.aws.SampleAssertions.assertMinimumIke;
import static dev.ixls.aws.SampleAssertions.assertMinimumIpsec;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static dev.ixls.aws.SampleAssertions.assertStatic;
import static dev.ixls.aws.SampleAssertions.core;
import static dev.ixls.aws.SampleAssertions.lineContaining;
import static dev.ixls.aws.SampleAssertions.read;
import static dev.ixls.aws.SampleAssertions.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.Fixtures;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class GenericSampleReaderTest {

    private static final String BGP = "aws/generic-bgp.txt";
    private static final String STATIC = "aws/generic-static.txt";

    @Test
    void bgpGenericSample() {
        String text = Fixtures.read(BGP);
        AwsSample sample = read(BGP);
        assertEquals("vpn-0a1b2c3d4e5f60718", sample.connectionId());
        assertEquals(SampleFormat.GENERIC, sample.format());
        assertEquals(Routing.BGP, sample.routing());
        assertEquals(2, sample.tunnels().size());

        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "3.112.45.201", "203.0.113.10", "169.254.44.8/30", "169.254.44.9", "169.254.44.10",
                "7K9Od3koojYNyebTyUFQGlZWyztIiZBr");
        assertBgp(t1, 64512, 65000, 30);
        assertMinimumIke(t1.ike(), List.of("ikev1"));
        assertMinimumIpsec(t1.ipsec());
        assertEquals(10, t1.dpdIntervalSeconds());
        assertEquals(3, t1.dpdRetries());
        assertEquals(1379, t1.tcpMss());

        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "54.95.12.87", "203.0.113.10", "169.254.201.36/30", "169.254.201.37",
                "169.254.201.38", "xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw");
        assertBgp(t2, 64512, 65000, 30);

        assertEquals(lineContaining(text, "- Pre-Shared Key           : xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw"),
                t2.lineOf(SampleField.PRESHARED_KEY));
        assertEquals(lineContaining(text, ": 54.95.12.87"), t2.lineOf(SampleField.AWS_OUTSIDE_ADDRESS));
        assertEquals(lineContaining(text, ": 169.254.201.38/30"), t2.lineOf(SampleField.INSIDE_ADDRESSES));
        assertEquals(lineContaining(text, "Virtual Private  Gateway ASN", 2), t2.lineOf(SampleField.AWS_ASN));
        assertEquals(lineContaining(text, "Neighbor Hold Time", 2), t2.lineOf(SampleField.HOLD_TIME));
    }

    @Test
    void staticGenericSample() {
        AwsSample sample = read(STATIC);
        assertEquals("vpn-05c4d3e2f1a0b9c88", sample.connectionId());
        assertEquals(Routing.STATIC, sample.routing());
        AwsTunnel t1 = sample.tunnels().get(0);
        assertAddressing(t1, 1, "13.230.77.14", "198.51.100.23", "169.254.90.140/30", "169.254.90.141",
                "169.254.90.142", "uxGv0rDR8l6jrc4GsWVsfUuezyeG5T3w");
        assertStatic(t1);
        AwsTunnel t2 = sample.tunnels().get(1);
        assertAddressing(t2, 2, "35.74.190.3", "198.51.100.23", "169.254.17.216/30", "169.254.17.217",
                "169.254.17.218", "kktlpEhzCZL1hq.L6GYhq_fLJ30etd6l");
        assertStatic(t2);
    }

    /** Values are found by label: shuffling the value lines within their blocks changes nothing. */
    @Test
    void valuesAreReadByLabelNotPosition() throws SampleFormatException {
        String text = Fixtures.read(BGP);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).trim().startsWith("- ")) {
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).trim().startsWith("- ")) {
                end++;
            }
            Collections.reverse(lines.subList(i, end));
            i = end;
        }
        // Put "Inside IP Addresses" before "Outside IP Addresses" too.
        String shuffled = String.join("\n", lines).replaceAll(
                "(Outside IP Addresses:\n(?:  - .*\n)+)\n(Inside IP Addresses\n(?:  - .*\n)+)", "$2\n$1");
        assertEquals(2, shuffled.split("Inside IP Addresses\n  - Virtual Private Gateway", -1).length - 1,
                "both tunnels' address blocks were swapped and reversed");
        AwsSample original = AwsSampleReader.read(text);
        AwsSample sample = AwsSampleReader.read(shuffled);
        for (AwsTunnel t : original.tunnels()) {
            AwsTunnel s = tunnel(sample, t.awsOutsideAddress());
            assertEquals(core(t), core(s));
            assertEquals(t.customerOutsideAddress(), s.customerOutsideAddress());
            assertEquals(t.number(), s.number());
        }
    }

    @Test
    void withoutSubHeadingsOutsideAndInsideAreToldApartByShape() throws SampleFormatException {
        String text = Fixtures.read(BGP).replace("Outside IP Addresses:\n", "\n").replace("Inside IP Addresses\n", "\n");
        AwsSample sample = AwsSampleReader.read(text);
        AwsTunnel t1 = tunnel(sample, "3.112.45.201");
        assertEquals("169.254.44.10", t1.customerInsideAddress());
        assertEquals("203.0.113.10", t1.customerOutsideAddress());
    }

    @Test
    void incompleteTunnelsAreNamed() {
        String text = Fixtures.read(BGP);
        assertRejected(text.replace("  - Pre-Shared Key           : xFHdlT0JKXd8gIuydSrAL5u5DnIGeZkw\n", ""),
                "Generic text sample", "tunnel 2 (AWS 54.95.12.87) has no pre-shared key");
        assertRejected(text.replace("  - Virtual Private Gateway\t        : 3.112.45.201\n", ""),
                "tunnel 1 has no AWS outside address");
        assertRejected(text.replace("  - Customer Gateway         \t\t: 169.254.44.10/30\n", "")
                .replace("  - Virtual Private Gateway             : 169.254.44.9/30\n", ""),
                "tunnel 1 (AWS 3.112.45.201) has no inside addresses");
        assertRejected(text.replaceFirst("Diffie-Hellman           : Group 2", "Diffie-Hellman           : Group X"),
                "tunnel 1 (AWS 3.112.45.201): #1 Internet Key Exchange", "not a Diffie-Hellman group");
        String third = text.substring(text.indexOf("IPSec Tunnel #2"), text.indexOf("Additional Notes and Questions"))
                .replace("IPSec Tunnel #2", "IPSec Tunnel #3");
        assertRejected(text.replace("Additional Notes and Questions", third + "Additional Notes and Questions"),
                "3 tunnel sections");
    }
}
