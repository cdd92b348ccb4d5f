package dev.ixls.aws;

import static dev.ixls.aws.SampleAssertions.assertAddressing;
import static dev.ixls.aws.SampleAssertions.assertBgp;
import static dev.ixls.aws.SampleAssertions.assertMinimumIke;
import static dev.ixls.aws.SampleAssertions.assertRejected;
import static dev.ixls.aws.SampleAssertions.assertStatic;
import static dev.ixls.aws.SampleAssertions.lineContaining;
import static dev.ixls.aws.SampleAssertions.read;
import static dev.ixls.aws.SampleAssertions.tunnel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.Fixtures;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * aws_vpn_connection from a Terraform state file and from {@code terraform show -json}: the
 * customer_gateway_configuration XML gives the tunnels, the tunnelN_* attributes cross-check it
 * and state the options set in Terraform.
 */
class TerraformStateReaderTest {

    private static final String STATE = "aws/terraform.tfstate";
    private static final String SHOW = "aws/terraform-show.json";

    @Test
    void stateFileInAModule() {
        AwsSample s = read(STATE);
        assertEquals(SampleFormat.TERRAFORM, s.format());
        assertEquals("vpn-0a7c9e1b3d5f7a9c1", s.connectionId());
        assertEquals(Routing.BGP, s.routing());
        AwsTunnel t1 = tunnel(s, "43.206.14.231");
        assertAddressing(t1, 1, "43.206.14.231", "198.51.100.60", "169.254.210.16/30", "169.254.210.17",
                "169.254.210.18", "Kw7Lx1Mz5Nc9Ob3Pd8Qe2Rf6Sg0Th4Ui");
        assertBgp(t1, 64512, 65030, 30);
        // tunnel 1's options are set in Terraform: they are what AWS accepts on it
        assertEquals(List.of(Cipher.AES256), t1.ike().encryption());
        assertEquals(List.of(Integrity.SHA2_256), t1.ike().integrity());
        assertEquals(List.of(14), t1.ike().dhGroups());
        assertEquals(List.of("ikev1", "ikev2"), t1.ike().versions());
        assertTrue(t1.states(SampleField.PHASE1_ENCRYPTION) && t1.states(SampleField.PHASE2_DH_GROUPS));
        assertFalse(t1.states(SampleField.PHASE1_LIFETIME)); // 0 in the state: not set
        // tunnel 2's are not: the XML's minimum stands, and AWS accepts everything
        AwsTunnel t2 = tunnel(s, "57.180.92.5");
        assertMinimumIke(t2.ike(), List.of());
        assertFalse(t2.states(SampleField.PHASE1_ENCRYPTION));
        String text = Fixtures.read(STATE);
        assertEquals(lineContaining(text, "\"tunnel1_phase1_dh_group_numbers\""), t1.lineOf(SampleField.PHASE1_DH_GROUPS));
    }

    @Test
    void showJsonInAChildModule() {
        AwsSample s = read(SHOW);
        assertEquals("vpn-0b8d0f2a4c6e8b0d2", s.connectionId());
        assertEquals(Routing.STATIC, s.routing());
        AwsTunnel t = tunnel(s, "35.79.16.144");
        assertAddressing(t, 2, "35.79.16.144", "203.0.113.90", "169.254.171.12/30", "169.254.171.13", "169.254.171.14",
                "Cd4Ef8Gh2Ij6Kl0Mn5Op9Qr3St7Uv1Wx");
        assertStatic(t);
    }

    @Test
    void aKeyThatDiffersFromTheXmlIsAnErrorThatShowsNeither() {
        String state = Fixtures.read(STATE);
        // the attribute and the XML hold the same key; change the attribute only
        String changed = state.replace("\"tunnel2_preshared_key\": \"Vj3Wk7Xl1Ym5Zn9Ao4Bp8Cq2Dr6Es0Ft\"",
                "\"tunnel2_preshared_key\": \"Xx9Yy8Zz7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp\"");
        assertFalse(changed.equals(state));
        SampleFormatException e = assertRejected(changed, "tunnel2_preshared_key differs", "57.180.92.5");
        assertFalse(e.getMessage().contains("Xx9Yy8Zz7Ww6Vv5Uu4Tt3Ss2Rr1Qq0Pp"));
    }

    @Test
    void tunnelAttributesThatContradictTheXmlAreErrors() {
        String state = Fixtures.read(STATE);
        assertRejected(state.replace("\"tunnel1_address\": \"43.206.14.231\"", "\"tunnel1_address\": \"43.206.14.232\""),
                "tunnel1_address 43.206.14.232 is no tunnel");
        assertRejected(state.replace("\"tunnel1_inside_cidr\": \"169.254.210.16/30\"",
                "\"tunnel1_inside_cidr\": \"169.254.210.20/30\""), "tunnel1_inside_cidr", "169.254.210.16/30");
        assertRejected(state.replace("\"tunnel2_bgp_asn\": \"64512\"", "\"tunnel2_bgp_asn\": \"64513\""),
                "tunnel2_bgp_asn", "64512");
        assertRejected(state.replace("\"tunnel1_cgw_inside_address\": \"169.254.210.18\"",
                "\"tunnel1_cgw_inside_address\": \"169.254.210.17\""), "tunnel1_cgw_inside_address");
    }

    @Test
    void aStateWithoutTheConfigurationSaysWhatIsMissing() {
        JsonObject show = JsonParser.parseString(Fixtures.read(SHOW)).getAsJsonObject();
        show.getAsJsonObject("values").getAsJsonObject("root_module").getAsJsonArray("child_modules").get(0)
                .getAsJsonObject().getAsJsonArray("resources").get(0).getAsJsonObject().getAsJsonObject("values")
                .add("customer_gateway_configuration", JsonNull.INSTANCE);
        assertRejected(show.toString(), "has no customer_gateway_configuration");
    }

    @Test
    void aStateWithoutAVpnConnectionIsNotASample() {
        String onlyGateway = "{\"version\": 4, \"resources\": [{\"mode\": \"managed\", \"type\": \"aws_customer_gateway\", "
                + "\"name\": \"office\", \"instances\": [{\"attributes\": {\"bgp_asn\": \"65000\"}}]}]}";
        assertFalse(AwsSampleReader.looksLikeSample(onlyGateway));
    }

    /** A real state lists many resources: the VPN connection may come after the first 64 KiB. */
    @Test
    void aLargeStateWithTheConnectionFarDown() throws Exception {
        JsonObject state = JsonParser.parseString(Fixtures.read(STATE)).getAsJsonObject();
        JsonObject big = new JsonObject();
        big.addProperty("mode", "managed");
        big.addProperty("type", "aws_instance");
        big.addProperty("name", "bastion");
        JsonObject attributes = new JsonObject();
        attributes.addProperty("user_data", "#!/bin/sh\n" + "echo ok\n".repeat(12000));
        JsonObject instance = new JsonObject();
        instance.add("attributes", attributes);
        com.google.gson.JsonArray instances = new com.google.gson.JsonArray();
        instances.add(instance);
        big.add("instances", instances);
        state.getAsJsonArray("resources").set(0, big); // before the connection
        String text = state.toString();
        assertTrue(text.indexOf("aws_vpn_connection") > AwsSampleReader.DETECT_PREFIX_CHARS);
        assertEquals("vpn-0a7c9e1b3d5f7a9c1", AwsSampleReader.read(text).connectionId());
    }
}
