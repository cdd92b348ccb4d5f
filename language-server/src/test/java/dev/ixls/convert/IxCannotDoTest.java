package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where AWS allows nothing IX can do on a tunnel, the tunnel is left out of the config, marked in
 * it, and named in a warning with what AWS allows and whether the other IKE version would do.
 * Tunnel 1 of the fixture allows only AES128-GCM-16 in phase 1 (IX's IKEv1 has no GCM, its IKEv2
 * has); tunnel 2 only DH groups 19 and 20 (neither version of IX names them).
 */
class IxCannotDoTest {

    private static AwsSample sample(String fixture) throws Exception {
        return AwsSampleReader.read(Fixtures.read(fixture));
    }

    private static String warnings(Conversion c) {
        return String.join("\n", c.notes().stream().filter(n -> n.level() == ConversionNote.Level.WARNING)
                .map(n -> n.text().en()).toList());
    }

    @Test
    void ikev1LeavesBothTunnelsOutAndSaysWhy() throws Exception {
        Conversion c = IxConfigConverter.run(sample("aws/describe-vpn-connections-ix-cannot.json"),
                ConversionOptions.defaults());
        assertEquals(List.of(1, 2), c.skipped());
        assertFalse(c.complete());
        String w = warnings(c);
        assertTrue(w.contains("tunnel #1 (AWS 13.113.5.240) is not converted: AWS allows only AES128-GCM-16 for phase 1 "
                + "encryption on it, and IX (IKEv1) can do none of them; convert with --ike v2"), w);
        assertTrue(w.contains("tunnel #2 (AWS 18.179.201.3) is not converted: AWS allows only 19, 20 for the phase 1 "
                + "Diffie-Hellman group on it, and IX (IKEv1) can do none of them; change the tunnel options in AWS"), w);
        assertFalse(c.config().contains("ike policy"), c.config());
        assertTrue(c.config().contains("! NOT CONVERTED: tunnel #1 (AWS 13.113.5.240)"));
        // the Japanese note says the same
        assertTrue(c.notes().get(0).text().ja().contains("--ike v2"), c.notes().get(0).text().ja());
    }

    @Test
    void ikev2ConvertsTheGcmTunnelAndLeavesTheOtherOut() throws Exception {
        Conversion c = IxConfigConverter.run(sample("aws/describe-vpn-connections-ix-cannot.json"),
                ConversionOptions.defaults().withIkeVersion(IkeVersion.V2));
        assertEquals(List.of(2), c.skipped());
        assertTrue(c.config().contains("  sa-proposal enc aes-gcm-128-16\n"), c.config());
        assertTrue(c.config().contains("ikev2 peer 13.113.5.240 "));
        assertFalse(c.config().contains("18.179.201.3 authentication"));
        assertTrue(warnings(c).contains("tunnel #2 (AWS 18.179.201.3) is not converted"), warnings(c));
    }

    /** A tunnel whose options allow IKEv2 only cannot be an IKEv1 tunnel. */
    @Test
    void ikeVersionTheTunnelDoesNotAllow() throws Exception {
        Conversion c = IxConfigConverter.run(sample("aws/describe-vpn-connections.json"), ConversionOptions.defaults());
        assertEquals(List.of(1, 2), c.skipped());
        assertTrue(warnings(c).contains("AWS allows only IKEv2 on it; convert with --ike v2"), warnings(c));
    }
}
