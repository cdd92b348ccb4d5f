package dev.ixls.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.IxConfigParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class IxConfigModelBuilderTest {

    private static IxConfig model(String fixture) {
        return IxConfigModelBuilder.build(new IxConfigParser().parse(Fixtures.read(fixture)));
    }

    @Test
    void seedArticleIkev1Config() {
        IxConfig c = model("ix/seed-article.ix");
        IkeProposal prop = c.ikeProposals().get("ike-prop");
        assertEquals(Cipher.AES128, prop.encryption());
        assertEquals(Integrity.SHA1, prop.hash());
        assertEquals(2, prop.dhGroup());
        assertNull(prop.lifetimeSeconds());

        IkePolicy p1 = c.ikePolicies().get("ike-policy1");
        assertEquals("18.182.91.31", p1.peer());
        assertTrue(p1.key().matches("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"));
        assertEquals(List.of("ike-prop"), p1.proposals());
        assertEquals(2, c.ikeKeepalives().size());

        IpsecMap map2 = c.ipsecMaps().get("ipsec-map2");
        assertEquals("52.198.204.130", map2.peer());
        assertEquals(2, map2.pfsGroup());
        assertEquals(3600, c.ipsecProposals().get("ipsec-prop").lifetimeSeconds());

        Interface t0 = c.interfaces().get("Tunnel0.0");
        assertEquals(Ipv4Prefix.of("169.254.128.174/30"), t0.address());
        assertEquals("ipsec", t0.tunnelMode());
        assertEquals("ipsec-map1", t0.ipsecMap());
        assertEquals(Interface.MSS_AUTO, t0.mss());
        assertFalse(t0.shutdown());
        assertEquals("18.182.91.31", c.peerOf(t0));

        RouterBgp bgp = c.routerBgp().orElseThrow();
        assertEquals(65000, bgp.asn());
        assertEquals(2, bgp.neighbors().size());
        BgpNeighbor n = bgp.neighbors().get(0);
        assertEquals(Ipv4Address.of("169.254.128.173"), n.address());
        assertEquals(64512L, n.remoteAs());
        assertEquals(10, n.keepalive());
        assertEquals(30, n.holdTime());
        assertTrue(bgp.originatesDefault());
        assertEquals(List.of(Ipv4Prefix.of("192.168.1.0/24")), bgp.networks());
    }

    @Test
    void ikev2Tunnels() {
        IxConfig c = model("ix/ikev2-two-tunnels.ix");
        assertEquals(2, c.ikev2Keys().size());
        assertEquals("35.74.10.200", c.ikev2Keys().get(0).id());
        Ikev2Profile profile = c.ikev2Profiles().get("cloud-v2");
        assertEquals(List.of("aes-cbc-256"), profile.proposals().saEncryption());
        assertEquals("2048-bit", profile.proposals().childPfs());
        assertEquals(10, profile.dpdIntervalSeconds());
        Interface t1 = c.interfaces().get("Tunnel1.0");
        assertEquals("ipsec-ikev2", t1.tunnelMode());
        assertEquals("cloud-v2", t1.ikev2Profile());
        assertEquals("35.74.10.201", c.peerOf(t1));
    }

    @Test
    void symbolsComeFromCatalogTypes() {
        IxConfig c = model("ix/seed-article.ix");
        assertEquals(2, c.symbols().referencesTo("ike-proposal", "ike-prop").size());
        assertEquals(2, c.symbols().referencesTo("access-list", "sec-list").size());
        assertEquals(1, c.symbols().definitions("ipsec-map", "ipsec-map1").size());
    }

    @Test
    void listsIdentitiesAndNatTraversal() {
        IxConfig c = IxConfigModelBuilder.build(new IxConfigParser().parse(
                "ip access-list a permit ip src any dest any\nip access-list a deny ip src any dest any\n"
                        + "ike nat-traversal policy p1 20\nike remote-id p1 fqdn peer.example.jp\n"
                        + "route-map rm permit 10\n  set metric 100\nroute-map rm permit 20\n"));
        assertEquals(2, c.accessLists().get("a").entries().size());
        assertEquals("p1", c.natTraversals().get(0).policy());
        assertEquals("peer.example.jp", c.ikeIdentities().get(0).id());
        assertFalse(c.ikeIdentities().get(0).local());
        assertEquals(2, c.routeMaps().get("rm").entries().size());
    }

    @Test
    void interfaceEnteredTwiceGathersBothBlocks() {
        IxConfig c = IxConfigModelBuilder.build(new IxConfigParser().parse(
                "interface Tunnel0.0\n  ip tcp adjust-mss 1300\n  no ip tcp adjust-mss\n!\n"
                        + "interface Tunnel0.0\n  ip tcp adjust-mss auto\n  ip tcp adjust-mss 1200\n!\n"
                        + "interface GigaEthernet0.0\n  ip address 10.0.0.1/24\n!\n"));
        Interface t0 = c.interfaces().get("Tunnel0.0");
        assertEquals(2, t0.openers().size());
        assertEquals(4, t0.members().size());
        // The first member of a command that is not negated, whichever block it stands in.
        assertEquals(t0.members().get(0), t0.member("interface.adjust-mss"));
        assertNull(t0.member("interface.ip-address"));
        assertEquals(1200, t0.mss());
        assertEquals(List.of(t0), c.tunnelInterfaces());
        assertNull(c.peerOf(t0));
    }

    @Test
    void ikev2KeysByPeer() {
        IxConfig c = model("ix/ikev2-two-tunnels.ix");
        assertEquals(c.ikev2Keys().get(0), c.ikev2KeyFor("35.74.10.200").orElseThrow());
        assertEquals(c.ikev2Keys().get(1), c.ikev2KeyWithId("35.74.10.201").orElseThrow());
        assertTrue(c.ikev2KeyFor("192.0.2.1").isEmpty());
    }

    @Test
    void keysNeverPrint() {
        IxConfig c = model("ix/seed-article.ix");
        assertFalse(c.ikePolicies().get("ike-policy1").toString().contains("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"));
    }

    @Test
    void routerBgpEnteredTwiceIsOneProcess() {
        // The shape a per-tunnel generator prints (ruby-no-kai/rubykaigi-net misc/ix_aws_vpn.rb):
        // `router bgp AS` again for every tunnel, each with its own neighbor.
        IxConfig c = IxConfigModelBuilder.build(new IxConfigParser().parse("router bgp 65152\n"
                + "  neighbor 169.254.10.1 remote-as 64512\n  exit\n"
                + "router bgp 65152\n  neighbor 169.254.20.1 remote-as 64512\n"
                + "  address-family ipv4 unicast\n    network 10.1.0.0/16\n    exit\n  exit\n"
                + "router bgp 65999\n  neighbor 192.0.2.9 remote-as 65000\n"));
        RouterBgp bgp = c.routerBgp().orElseThrow();
        assertEquals(65152, bgp.asn());
        assertEquals(List.of(Ipv4Address.of("169.254.10.1"), Ipv4Address.of("169.254.20.1")),
                bgp.neighbors().stream().map(BgpNeighbor::address).toList());
        assertEquals(List.of(Ipv4Prefix.of("10.1.0.0/16")), bgp.networks());
        assertEquals(2, bgp.openers().size());
        assertEquals(5, bgp.members().size()); // with the `exit` lines
    }
}
