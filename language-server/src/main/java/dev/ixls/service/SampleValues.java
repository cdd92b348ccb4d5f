package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.Element;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * The AWS values that fit an argument: peer addresses where an IKE peer is expected, inside
 * addresses for tunnel interfaces and BGP neighbors, ASNs for BGP. Never a key.
 */
final class SampleValues {

    record Value(String text, String detail, String documentation) {
    }

    private enum Want {
        AWS_OUTSIDE,
        AWS_INSIDE,
        CUSTOMER_INSIDE_PREFIX,
        AWS_ASN,
        CUSTOMER_ASN,
        NONE
    }

    private SampleValues() {
    }

    static List<Value> forArgument(CommandSpec spec, Element.Arg arg, List<LinkedSample> samples, Language lang) {
        Want want = want(spec, arg);
        List<Value> out = new ArrayList<>();
        if (want == Want.NONE) {
            return out;
        }
        for (LinkedSample s : samples) {
            String vpn = SampleFacts.vpn(s.sample());
            for (AwsTunnel t : SampleFacts.tunnels(s.sample())) {
                String n = String.valueOf(t.number());
                switch (want) {
                    case AWS_OUTSIDE -> add(out, t.awsOutsideAddress(), Messages.text("completion.awsPeer",
                            "number", n, "vpn", vpn), lang);
                    case AWS_INSIDE -> add(out, t.awsInsideAddress(), Messages.text("completion.awsInside",
                            "number", n, "vpn", vpn), lang);
                    case CUSTOMER_INSIDE_PREFIX -> {
                        if (t.customerInsideAddress() != null && t.insideCidr() != null) {
                            String len = t.insideCidr().substring(t.insideCidr().indexOf('/') + 1);
                            add(out, t.customerInsideAddress() + "/" + len, Messages.text("completion.customerInside",
                                    "number", n, "vpn", vpn, "cidr", t.insideCidr()), lang);
                        }
                    }
                    case AWS_ASN -> {
                        if (t.awsAsn() != null) {
                            add(out, String.valueOf(t.awsAsn()), Messages.text("completion.awsAsn", "vpn", vpn), lang);
                        }
                    }
                    case CUSTOMER_ASN -> {
                        if (t.customerAsn() != null) {
                            add(out, String.valueOf(t.customerAsn()), Messages.text("completion.customerAsn",
                                    "vpn", vpn), lang);
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<Value> out, String text, LocalizedText what, Language lang) {
        if (text == null || out.stream().anyMatch(v -> v.text().equals(text))) {
            return;
        }
        out.add(new Value(text, what.get(lang), what.get(lang)));
    }

    private static Want want(CommandSpec spec, Element.Arg arg) {
        String id = spec.id();
        String name = arg.name();
        if ((name.equals("peer") || name.equals("id")) && (id.startsWith("ike.") || id.startsWith("ipsec.")
                || id.startsWith("ikev2.") || id.equals("interface.ikev2-peer"))) {
            return Want.AWS_OUTSIDE;
        }
        if (name.equals("address") && (id.startsWith("bgp.neighbor.") || id.startsWith("bgp-af.neighbor."))) {
            return Want.AWS_INSIDE;
        }
        if (id.equals("interface.ip-address") && name.equals("address")) {
            return Want.CUSTOMER_INSIDE_PREFIX;
        }
        if (id.equals("router.bgp") && name.equals("asn")) {
            return Want.CUSTOMER_ASN;
        }
        if (id.equals("bgp.neighbor.remote-as") && name.equals("asn")) {
            return Want.AWS_ASN;
        }
        return Want.NONE;
    }
}
