package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What an address means for the AWS VPNs a config is linked to: the words hover and completion use. */
final class SampleFacts {

    private static final Ipv4Prefix LINK_LOCAL = Ipv4Prefix.of("169.254.0.0/16");

    enum Kind {
        AWS_OUTSIDE,
        CUSTOMER_OUTSIDE,
        AWS_INSIDE,
        CUSTOMER_INSIDE
    }

    /** One role an address plays in one tunnel of a sample. */
    record Role(LinkedSample sample, AwsTunnel tunnel, Kind kind) {
    }

    private SampleFacts() {
    }

    /** The VPN as messages name it: its connection ID, or a neutral phrase when the sample shows none. */
    static String vpn(AwsSample sample) {
        return sample.connectionId() != null ? sample.connectionId() : "AWS VPN";
    }

    static List<AwsTunnel> tunnels(AwsSample sample) {
        List<AwsTunnel> out = new ArrayList<>(sample.tunnels());
        out.sort(Comparator.comparingInt(AwsTunnel::number));
        return out;
    }

    static List<Role> rolesOf(String address, List<LinkedSample> samples) {
        List<Role> out = new ArrayList<>();
        for (LinkedSample s : samples) {
            for (AwsTunnel t : tunnels(s.sample())) {
                if (address.equals(t.awsOutsideAddress())) {
                    out.add(new Role(s, t, Kind.AWS_OUTSIDE));
                }
                if (address.equals(t.customerOutsideAddress())) {
                    out.add(new Role(s, t, Kind.CUSTOMER_OUTSIDE));
                }
                if (address.equals(t.awsInsideAddress())) {
                    out.add(new Role(s, t, Kind.AWS_INSIDE));
                }
                if (address.equals(t.customerInsideAddress())) {
                    out.add(new Role(s, t, Kind.CUSTOMER_INSIDE));
                }
            }
        }
        return out;
    }

    static LocalizedText describe(Role r) {
        String n = String.valueOf(r.tunnel().number());
        String vpn = vpn(r.sample().sample());
        return switch (r.kind()) {
            case AWS_OUTSIDE -> Messages.text("sample.awsOutside", "number", n, "vpn", vpn);
            case CUSTOMER_OUTSIDE -> Messages.text("sample.customerOutside", "number", n, "vpn", vpn);
            case AWS_INSIDE -> Messages.text("sample.awsInside", "number", n, "vpn", vpn,
                    "cidr", r.tunnel().insideCidr());
            case CUSTOMER_INSIDE -> Messages.text("sample.customerInside", "number", n, "vpn", vpn,
                    "cidr", r.tunnel().insideCidr());
        };
    }

    /** The inside /30 of an address, when it stands in AWS's 169.254.0.0/16 range. */
    static Optional<Ipv4Prefix> linkLocal30(Ipv4Address address) {
        if (!LINK_LOCAL.contains(address)) {
            return Optional.empty();
        }
        return Optional.of(new Ipv4Prefix(address, 30).subnet());
    }

    /**
     * The four addresses of a tunnel's inside /30, laid out:
     * network, AWS side, customer side, broadcast (AWS always takes the first usable address).
     */
    static LocalizedText layout(Ipv4Prefix net, Ipv4Address highlighted) {
        List<LocalizedText> roles = List.of(Messages.text("sample.layoutNetwork"),
                Messages.text("sample.layoutAwsSide"), Messages.text("sample.layoutCustomerSide"),
                Messages.text("sample.layoutBroadcast"));
        return new LocalizedText(layout(net, highlighted, roles, Language.EN),
                layout(net, highlighted, roles, Language.JA));
    }

    private static String layout(Ipv4Prefix net, Ipv4Address highlighted, List<LocalizedText> roles, Language lang) {
        Ipv4Address network = net.network();
        StringBuilder md = new StringBuilder("| " + net.subnet() + " | |\n|---|---|\n");
        for (int i = 0; i < roles.size(); i++) {
            Ipv4Address a = network.plus(i);
            String mark = a.equals(highlighted) ? "**" : "";
            md.append("| ").append(mark).append(a).append(mark).append(" | ").append(roles.get(i).get(lang))
                    .append(" |\n");
        }
        return md.toString();
    }

    /** Which side of its /30 an inside address is, by AWS's rule (first usable: AWS, second: customer). */
    static Optional<LocalizedText> insideSide(Ipv4Address address) {
        return linkLocal30(address).map(net -> {
            int offset = address.bits() - net.network().bits();
            return switch (offset) {
                case 1 -> Messages.text("sample.awsSideOf", "net", net);
                case 2 -> Messages.text("sample.customerSideOf", "net", net);
                case 0 -> Messages.text("sample.networkOf", "net", net);
                default -> Messages.text("sample.broadcastOf", "net", net);
            };
        });
    }
}
