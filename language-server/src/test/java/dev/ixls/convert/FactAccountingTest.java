package dev.ixls.convert;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleNote;
import dev.ixls.model.net.Ipv4Prefix;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No silent drops: for every sample fixture and both IKE versions, each fact of each tunnel is
 * either in the generated config or named in a note (and a tunnel left out is named with why).
 * A fact the converter stopped writing without saying so fails this test.
 */
class FactAccountingTest {

    private static final Ipv4Prefix VPC = Ipv4Prefix.of("10.0.0.0/16");
    private static final long LOCAL_ASN = 65001;

    @TestFactory
    Stream<DynamicTest> everyFactReachesTheConfigOrANote() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Fixtures.path("aws"))) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || name.startsWith(".")) {
                    continue;
                }
                List<AwsSample> samples;
                try {
                    samples = AwsSampleReader.readAll(Files.readString(file));
                } catch (Exception e) {
                    throw new AssertionError(name + " does not read", e);
                }
                for (AwsSample sample : samples) {
                    for (IkeVersion v : IkeVersion.values()) {
                        tests.add(DynamicTest.dynamicTest(name + " " + sample.connectionId() + " " + v,
                                () -> account(sample, v)));
                    }
                }
            }
        }
        assertTrue(tests.size() >= 50, "too few samples: " + tests.size());
        return tests.stream();
    }

    private static void account(AwsSample sample, IkeVersion version) {
        ConversionOptions options = ConversionOptions.defaults().withIkeVersion(version)
                .withStaticRoutes(List.of(VPC)).withAdvertise(List.of(Ipv4Prefix.of("192.168.1.0/24")))
                .withLocalAsn(sample.customerAsnMissing() ? LOCAL_ASN : null);
        Conversion c = IxConfigConverter.run(sample, options);
        String config = c.config();
        String notes = String.join("\n", c.notes().stream().map(n -> n.text().en()).toList());
        boolean v1 = version == IkeVersion.V1;
        for (AwsTunnel t : sample.tunnels()) {
            String where = "tunnel " + t.number() + " of " + sample.connectionId() + " (" + version + ")\n" + config + notes;
            if (c.skipped().contains(t.number())) {
                assertTrue(notes.contains("tunnel #" + t.number() + " (AWS " + t.awsOutsideAddress() + ") is not converted"),
                        "a tunnel left out must be named: " + where);
                assertTrue(config.contains("! NOT CONVERTED: tunnel #" + t.number()), where);
                continue;
            }
            has(config, (v1 ? " peer " : "ikev2 peer ") + t.awsOutsideAddress() + " ", where);
            has(config, " " + t.presharedKey().reveal() + (v1 ? " " : "\n"), where);
            if (t.customerInsideAddress() != null) {
                has(config, "ip address " + t.customerInsideAddress() + "/30", where);
            } else {
                has(notes, "states no tunnel inside addresses", where);
                has(config, "ip unnumbered ", where);
            }
            has(config, (v1 ? "lifetime " : "sa-lifetime ") + t.ike().lifetimeSeconds() + "\n", where);
            has(config, (v1 ? "lifetime time " : "child-lifetime ") + t.ipsec().lifetimeSeconds() + "\n", where);
            if (t.dpdIntervalSeconds() != null) {
                has(config, (v1 ? " " : "dpd interval ") + t.dpdIntervalSeconds() + (v1 ? " " + retries(t) : "") + "\n", where);
            }
            if (t.tcpMss() != null) {
                has(config, "clamps TCP MSS to " + t.tcpMss(), where);
            }
            if (t.customerOutsideAddress() != null) {
                has(config, "outside address to be " + t.customerOutsideAddress(), where);
            }
            if (sample.routing() == Routing.BGP) {
                has(config, "neighbor " + t.awsInsideAddress() + " remote-as " + t.awsAsn() + "\n", where);
                int hold = t.holdTime() == null ? 30 : t.holdTime();
                has(config, "neighbor " + t.awsInsideAddress() + " timers " + Math.max(1, hold / 3) + " " + hold, where);
                has(config, "router bgp " + (t.customerAsn() != null ? t.customerAsn() : LOCAL_ASN) + "\n", where);
            } else {
                has(config, "ip route 10.0.0.0/16 Tunnel", where);
                if (t.awsInsideAddress() != null) {
                    has(config, "event 10 ip unreach-host " + t.awsInsideAddress() + " ", where);
                }
            }
        }
        for (SampleNote n : sample.notes()) {
            String where = n + " of " + sample.connectionId() + "\n" + config + notes;
            switch (n.kind()) {
                case CUSTOMER_ASN_PLACEHOLDER -> has(notes, "'" + n.shown() + "'", where);
                case CUSTOMER_ADDRESS_PLACEHOLDER -> has(notes, "outside address as", where);
                case KEY_PLACEHOLDER -> has(notes, "tunnel #" + n.tunnel() + "'s pre-shared key is not one AWS", where);
                case SINGLE_TUNNEL -> has(notes, "the sample holds one tunnel", where);
                case INSIDE_NOT_STATED -> has(notes, "states no tunnel inside addresses", where);
                case VPC_CIDR_PLACEHOLDER, VPC_CIDR_STATED -> has(config, "ip route 10.0.0.0/16 ", where);
                case TUNNEL_MTU -> has(config, "`ip mtu " + n.shown() + "`", where);
            }
        }
    }

    private static int retries(AwsTunnel t) {
        return t.dpdRetries() != null ? t.dpdRetries() : 3;
    }

    private static void has(String text, String part, String where) {
        assertTrue(text.contains(part), "missing `" + part + "` for " + where);
    }
}
