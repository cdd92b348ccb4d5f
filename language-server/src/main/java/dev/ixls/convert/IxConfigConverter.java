package dev.ixls.convert;

import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.aws.Routing;
import dev.ixls.aws.SampleField;
import dev.ixls.aws.SampleNote;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.net.Ipv4Prefix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Turns an AWS VPN sample into an NEC IX config, following the mapping engineers make by hand
 * from the Cisco IOS sample (IKEv1), or the IKEv2 form of IX tunnels. Each tunnel gets the
 * algorithms its own options allow (tunnels that differ get their own proposals); a tunnel on
 * which AWS allows nothing IX can do is left out and named. The choices and their evidence are
 * in docs/convert.md.
 */
public final class IxConfigConverter {

    /** AWS's phase 1 lifetime when a source does not say; written in IKEv1 too (docs/convert.md). */
    static final int AWS_IKE_LIFETIME = 28800;
    static final int AWS_IPSEC_LIFETIME = 3600;
    /** AWS's own recommendation for the customer gateway (XML {@code dead_peer_detection}, Generic "DPD Retries"). */
    static final int DPD_INTERVAL = 10;
    static final int DPD_RETRIES = 3;
    /** NAT keepalive of IKEv2 behind NAT, as a real IX config behind carrier NAT writes it (docs/convert.md). */
    static final String IKEV2_NAT_TRAVERSAL = "ikev2 nat-traversal keepalive 10 force";

    private IxConfigConverter() {
    }

    /** The config alone. */
    public static String convert(AwsSample sample, ConversionOptions options) {
        return run(sample, options).config();
    }

    /**
     * Converts a sample.
     *
     * @throws ConversionException when the sample needs a value the options do not give (a
     *                             placeholder customer ASN without {@code localAsn}) or an option
     *                             contradicts it
     */
    public static Conversion run(AwsSample sample, ConversionOptions options) {
        Long localAsn = localAsn(sample, options);
        List<AwsTunnel> tunnels = new ArrayList<>(sample.tunnels());
        tunnels.sort(Comparator.comparingInt(AwsTunnel::number));
        List<ConversionNote> notes = new ArrayList<>();
        List<TunnelPlan> plans = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        List<String> skippedComments = new ArrayList<>();
        for (int i = 0; i < tunnels.size(); i++) {
            AwsTunnel t = tunnels.get(i);
            TunnelPlan.Result result = TunnelPlan.of(i, t, options.ikeVersion());
            if (result.plan() != null) {
                plans.add(result.plan());
            } else {
                skipped.add(t.number());
                notes.add(new ConversionNote(ConversionNote.Level.WARNING, result.reason()));
                skippedComments.add("! NOT CONVERTED: " + result.reason().en());
            }
        }
        List<Ipv4Prefix> staticRoutes = staticRoutes(sample, options, notes);
        sampleNotes(sample, options, localAsn, notes);
        Writer out = new Writer();
        header(sample, options, tunnels, plans, skippedComments, out);
        if (!plans.isEmpty()) {
            if (options.ikeVersion() == IkeVersion.V1) {
                ikev1(plans, options, out);
            } else {
                ikev2(plans, options, out);
            }
            if (sample.routing() == Routing.BGP) {
                bgp(plans, options, localAsn, out);
            } else {
                staticRouting(plans, options, staticRoutes, out);
            }
        }
        return new Conversion(out.toString(), notes, skipped);
    }

    /** Whether the sample routes with BGP but gives no customer ASN (a placeholder): the user must supply it. */
    public static boolean needsLocalAsn(AwsSample sample) {
        return sample.routing() == Routing.BGP && customerAsn(sample) == null;
    }

    private static Long customerAsn(AwsSample sample) {
        return sample.tunnels().stream().map(AwsTunnel::customerAsn).filter(a -> a != null).findFirst().orElse(null);
    }

    /** The customer ASN to write: the sample's, or {@code --local-asn} when the sample shows a placeholder. */
    private static Long localAsn(AwsSample sample, ConversionOptions o) {
        if (sample.routing() != Routing.BGP) {
            return null;
        }
        Long fromSample = customerAsn(sample);
        if (fromSample == null && o.localAsn() == null) {
            String shown = sample.notes(SampleNote.Kind.CUSTOMER_ASN_PLACEHOLDER).stream().map(SampleNote::shown)
                    .filter(s -> !s.isEmpty()).findFirst().orElse("?");
            throw new LocalAsnNeeded(shown);
        }
        if (fromSample != null && o.localAsn() != null && !fromSample.equals(o.localAsn())) {
            throw new ConversionException(Messages.text("convert.localAsnDiffers", "given", o.localAsn(), "sample",
                    fromSample));
        }
        return fromSample != null ? fromSample : o.localAsn();
    }

    /** The VPC CIDRs to route: the options', else those a policy-based sample names. */
    private static List<Ipv4Prefix> staticRoutes(AwsSample sample, ConversionOptions o, List<ConversionNote> notes) {
        if (sample.routing() != Routing.STATIC || !o.staticRoutes().isEmpty()) {
            return o.staticRoutes();
        }
        List<Ipv4Prefix> stated = new ArrayList<>();
        for (SampleNote n : sample.notes(SampleNote.Kind.VPC_CIDR_STATED)) {
            Ipv4Prefix.parse(n.shown()).ifPresent(p -> {
                if (!stated.contains(p)) {
                    stated.add(p);
                }
            });
        }
        if (!stated.isEmpty()) {
            notes.add(new ConversionNote(ConversionNote.Level.INFO, Messages.text("convert.vpcCidrFromSample",
                    "routes", String.join(", ", stated.stream().map(p -> p.subnet().toString()).toList()))));
        }
        return stated;
    }

    /** What the sample held that is not a fact the config can carry, each with why. */
    private static void sampleNotes(AwsSample sample, ConversionOptions o, Long localAsn, List<ConversionNote> notes) {
        boolean asnNoted = false;
        boolean addressNoted = false;
        boolean insideNoted = false;
        for (SampleNote n : sample.notes()) {
            switch (n.kind()) {
                case CUSTOMER_ASN_PLACEHOLDER -> {
                    if (!asnNoted) {
                        notes.add(info(Messages.text("convert.note.localAsn", "placeholder", shownOr(n), "asn", localAsn)));
                        asnNoted = true;
                    }
                }
                case CUSTOMER_ADDRESS_PLACEHOLDER -> {
                    if (!addressNoted) {
                        notes.add(info(n.shown().isEmpty() ? Messages.text("convert.note.customerAddressNotShown")
                                : Messages.text("convert.note.customerAddress", "placeholder", n.shown())));
                        addressNoted = true;
                    }
                }
                case KEY_PLACEHOLDER -> notes.add(new ConversionNote(ConversionNote.Level.WARNING,
                        Messages.text("convert.note.keyPlaceholder", "number", n.tunnel())));
                case SINGLE_TUNNEL -> notes.add(new ConversionNote(ConversionNote.Level.WARNING,
                        Messages.text("convert.note.singleTunnel")));
                case INSIDE_NOT_STATED -> {
                    if (!insideNoted) {
                        notes.add(info(Messages.text("convert.note.insideNotStated", "interface", o.unnumbered())));
                        insideNoted = true;
                    }
                }
                case TUNNEL_MTU -> {
                    // written as a header comment
                }
                case VPC_CIDR_PLACEHOLDER -> {
                    if (o.staticRoutes().isEmpty()) {
                        notes.add(new ConversionNote(ConversionNote.Level.WARNING,
                                Messages.text("convert.note.vpcCidrPlaceholder")));
                    }
                }
                case VPC_CIDR_STATED -> {
                    // used as the static routes, or overridden by --static-route: said in staticRoutes
                }
            }
        }
        if (sample.routing() == Routing.STATIC && o.staticRoutes().isEmpty() && sample.notes(SampleNote.Kind.VPC_CIDR_STATED)
                .isEmpty() && sample.notes(SampleNote.Kind.VPC_CIDR_PLACEHOLDER).isEmpty()) {
            notes.add(new ConversionNote(ConversionNote.Level.WARNING, Messages.text("convert.note.noStaticRoute")));
        }
    }

    private static String shownOr(SampleNote n) {
        return n.shown().isEmpty() ? "?" : n.shown();
    }

    private static ConversionNote info(LocalizedText text) {
        return new ConversionNote(ConversionNote.Level.INFO, text);
    }

    private static void header(AwsSample sample, ConversionOptions o, List<AwsTunnel> tunnels, List<TunnelPlan> plans,
            List<String> skipped, Writer out) {
        out.line("! NEC IX config for AWS Site-to-Site VPN " + sample.connectionId() + " ("
                + (sample.routing() == Routing.BGP ? "BGP" : "static routing") + ", IKE"
                + (o.ikeVersion() == IkeVersion.V1 ? "v1" : "v2") + "), generated by ixls from the "
                + sample.format().label() + ".");
        for (TunnelPlan p : plans) {
            AwsTunnel t = p.tunnel();
            out.line("! Tunnel #" + t.number() + ": " + tunnelName(o, p.index()) + " to AWS " + t.awsOutsideAddress()
                    + (t.insideCidr() == null ? ", inside addresses not in the sample"
                            : ", inside " + t.insideCidr() + " (AWS " + t.awsInsideAddress() + ", this router "
                                    + t.customerInsideAddress() + ")"));
        }
        skipped.forEach(out::line);
        String customer = tunnels.isEmpty() ? null : tunnels.get(0).customerOutsideAddress();
        if (customer != null) {
            out.line("! AWS expects this router's outside address to be " + customer + (o.natTraversal() ? "" : "; if "
                    + "this router sits behind NAT (its outside address is another), convert with --nat-traversal") + ".");
        }
        Integer mss = tunnels.stream().map(AwsTunnel::tcpMss).filter(m -> m != null).findFirst().orElse(null);
        if (mss != null) {
            out.line("! The sample clamps TCP MSS to " + mss + "; `ip tcp adjust-mss auto` derives it from the tunnel MTU.");
        }
        sample.notes(SampleNote.Kind.TUNNEL_MTU).stream().map(SampleNote::shown).findFirst().ifPresent(mtu -> out.line(
                "! The sample sets the tunnel MTU to " + mtu + " bytes; IX sets the tunnel MTU itself (add "
                        + "`ip mtu " + mtu + "` to the tunnel interfaces to follow the sample)."));
        out.line("! If NAPT is enabled on " + o.outsideInterface() + ", add to its interface block so IKE and ESP reach the router:");
        out.line("!   ip napt static " + o.outsideInterface() + " udp 500");
        out.line("!   ip napt static " + o.outsideInterface() + " 50");
        out.line("!   ip napt static " + o.outsideInterface() + " udp 4500");
        out.line("!");
    }

    private static void ikev1(List<TunnelPlan> plans, ConversionOptions o, Writer out) {
        String acl = name(o, "sec-list");
        Map<TunnelPlan.Phase1, String> ike = distinct(plans, TunnelPlan::phase1, name(o, "ike-prop"));
        Map<TunnelPlan.Phase2, String> esp = distinct(plans, TunnelPlan::phase2, name(o, "ipsec-prop"));

        out.line("ip access-list " + acl + " permit ip src any dest any");
        out.line("!");
        ike.forEach((p, n) -> out.line("ike proposal " + n + " encryption " + p.cipher() + " hash " + p.integrity()
                + " group " + p.group() + " lifetime " + p.lifetime()));
        out.line("!");
        for (TunnelPlan p : plans) {
            out.line("ike policy " + policyName(o, p.index()) + " peer " + p.tunnel().awsOutsideAddress() + " key "
                    + p.tunnel().presharedKey().reveal() + " " + ike.get(p.phase1()));
        }
        for (TunnelPlan p : plans) {
            out.line("ike keepalive " + policyName(o, p.index()) + " " + p.dpdInterval() + " " + p.dpdRetries());
        }
        if (o.natTraversal()) {
            for (TunnelPlan p : plans) {
                out.line("ike nat-traversal policy " + policyName(o, p.index()));
            }
        }
        out.line("!");
        esp.forEach((p, n) -> out.line("ipsec autokey-proposal " + n + " " + p.cipher() + " " + p.integrity()
                + " lifetime time " + p.lifetime()));
        out.line("!");
        for (TunnelPlan p : plans) {
            out.line("ipsec autokey-map " + mapName(o, p.index()) + " " + acl + " peer " + p.tunnel().awsOutsideAddress()
                    + " " + esp.get(p.phase2()) + " pfs " + p.pfs());
        }
        out.line("!");
        for (TunnelPlan p : plans) {
            out.line("interface " + tunnelName(o, p.index()));
            out.line("  tunnel mode ipsec");
            out.line("  " + address(p.tunnel(), o));
            out.line("  ip tcp adjust-mss auto");
            out.line("  ipsec policy tunnel " + mapName(o, p.index()) + " df-bit ignore pre-fragment out");
            out.line("  no shutdown");
            out.line("!");
        }
    }

    /** One IKEv2 profile: both phases, the PFS group and DPD, as a tunnel binds them. */
    private record Ikev2Profile(TunnelPlan.Phase1 phase1, TunnelPlan.Phase2 phase2, String pfs, int dpd) {
    }

    private static void ikev2(List<TunnelPlan> plans, ConversionOptions o, Writer out) {
        Map<Ikev2Profile, String> profiles = distinct(plans,
                p -> new Ikev2Profile(p.phase1(), p.phase2(), p.pfs(), p.dpdInterval()), name(o, "aws-ikev2"));
        for (TunnelPlan p : plans) {
            out.line("ikev2 authentication psk id ipv4 " + p.tunnel().awsOutsideAddress() + " key char "
                    + p.tunnel().presharedKey().reveal());
        }
        out.line("!");
        profiles.forEach((p, n) -> {
            out.line("ikev2 profile " + n);
            out.line("  sa-proposal enc " + p.phase1().cipher());
            out.line("  sa-proposal integrity " + p.phase1().integrity());
            out.line("  sa-proposal dh " + p.phase1().group());
            out.line("  sa-lifetime " + p.phase1().lifetime());
            out.line("  child-proposal enc " + p.phase2().cipher());
            out.line("  child-proposal integrity " + p.phase2().integrity());
            out.line("  child-pfs " + p.pfs());
            out.line("  child-lifetime " + p.phase2().lifetime());
            out.line("  dpd interval " + p.dpd());
            out.line("!");
        });
        for (TunnelPlan p : plans) {
            AwsTunnel t = p.tunnel();
            out.line("interface " + tunnelName(o, p.index()));
            out.line("  tunnel mode ipsec-ikev2");
            out.line("  " + address(t, o));
            out.line("  ip tcp adjust-mss auto");
            out.line("  ikev2 binding " + profiles.get(new Ikev2Profile(p.phase1(), p.phase2(), p.pfs(), p.dpdInterval())));
            out.line("  ikev2 connect-type auto");
            out.line("  ikev2 ipsec pre-fragment");
            if (o.natTraversal()) {
                out.line("  " + IKEV2_NAT_TRAVERSAL);
            }
            out.line("  ikev2 outgoing-interface " + o.outsideInterface());
            out.line("  ikev2 peer " + t.awsOutsideAddress() + " authentication psk id ipv4 " + t.awsOutsideAddress());
            out.line("  no shutdown");
            out.line("!");
        }
    }

    /** The tunnel interface's address: the sample's inside address, or borrowed when the sample states none. */
    private static String address(AwsTunnel t, ConversionOptions o) {
        return t.customerInsideAddress() == null ? "ip unnumbered " + o.unnumbered()
                : "ip address " + t.customerInsideAddress() + "/30";
    }

    private static void bgp(List<TunnelPlan> plans, ConversionOptions o, Long localAsn, Writer out) {
        out.line("router bgp " + localAsn);
        for (TunnelPlan p : plans) {
            AwsTunnel t = p.tunnel();
            int hold = t.holdTime() == null ? 30 : t.holdTime();
            out.line("  neighbor " + t.awsInsideAddress() + " remote-as " + t.awsAsn());
            out.line("  neighbor " + t.awsInsideAddress() + " timers " + Math.max(1, hold / 3) + " " + hold);
        }
        out.line("  address-family ipv4 unicast");
        if (o.originateDefault()) {
            out.line("    originate-default always");
        }
        for (Ipv4Prefix network : o.advertise()) {
            out.line("    network " + network.subnet());
        }
        if (!o.originateDefault() && o.advertise().isEmpty()) {
            out.line("    ! network A.B.C.D/N   (the networks to advertise to AWS: pass --advertise)");
        }
        out.line("!");
    }

    /**
     * Static routing: the VPC CIDRs into the first tunnel, a floating route into each next one,
     * and per tunnel a watch group that withdraws its route while AWS's inside address stops
     * answering (the IX form of the sample's {@code ip sla} / {@code track}); a last route to
     * Null0.0 keeps VPC traffic off the default route when every tunnel is down.
     */
    private static void staticRouting(List<TunnelPlan> plans, ConversionOptions o, List<Ipv4Prefix> routes,
            Writer out) {
        if (routes.isEmpty()) {
            out.line("! The VPC CIDR is not in the AWS sample: route it into the tunnels, e.g.");
            out.line("! ip route 10.0.0.0/16 " + tunnelName(o, plans.get(0).index()));
            out.line("! (pass --static-route to have ixls write these lines)");
            out.line("!");
            return;
        }
        for (Ipv4Prefix route : routes) {
            for (int i = 0; i < plans.size(); i++) {
                // The first tunnel is preferred; the others take over when it is down.
                out.line("ip route " + route.subnet() + " " + tunnelName(o, plans.get(i).index())
                        + (i == 0 ? "" : " distance " + (i + 1)));
            }
            out.line("ip route " + route.subnet() + " Null0.0 distance 254");
        }
        out.line("!");
        for (TunnelPlan p : plans) {
            AwsTunnel t = p.tunnel();
            if (t.awsInsideAddress() == null) {
                continue; // nothing to probe: DPD alone tells the tunnel is down
            }
            String tunnel = tunnelName(o, p.index());
            String group = name(o, "aws-tunnel" + (p.index() + 1));
            out.line("watch-group " + group + " 10");
            out.line("  event 10 ip unreach-host " + t.awsInsideAddress() + " " + tunnel + " source " + tunnel);
            int seq = 10;
            for (Ipv4Prefix route : routes) {
                out.line("  action " + seq + " ip shutdown-route " + route.subnet() + " " + tunnel);
                seq += 10;
            }
            out.line("!");
            out.line("network-monitor " + group + " enable");
            out.line("!");
        }
    }

    /** Distinct values in tunnel order, named {@code base} when all tunnels share one, else {@code base} + tunnel number. */
    private static <T> Map<T, String> distinct(List<TunnelPlan> plans, Function<TunnelPlan, T> value, String base) {
        Map<T, String> names = new LinkedHashMap<>();
        long count = plans.stream().map(value).distinct().count();
        for (TunnelPlan p : plans) {
            String separator = Character.isDigit(base.charAt(base.length() - 1)) ? "-" : "";
            names.putIfAbsent(value.apply(p), count == 1 ? base : base + separator + (p.index() + 1));
        }
        return names;
    }

    /**
     * ESP on IX (IKEv1) has no GCM keyword we rely on: offer AES-CBC of the same strength, which
     * AWS accepts unless the tunnel options list the phase 2 ciphers (then only those count).
     */
    static List<Cipher> cbcOnly(AwsTunnel tunnel, List<Cipher> ciphers) {
        if (tunnel.states(SampleField.PHASE2_ENCRYPTION)) {
            return ciphers;
        }
        List<Cipher> out = new ArrayList<>(ciphers);
        if (ciphers.contains(Cipher.AES256_GCM16)) {
            out.add(Cipher.AES256);
        }
        if (ciphers.contains(Cipher.AES128_GCM16)) {
            out.add(Cipher.AES128);
        }
        return out;
    }

    static String tunnelName(ConversionOptions o, int index) {
        return "Tunnel" + (o.firstTunnel() + index) + ".0";
    }

    static String policyName(ConversionOptions o, int index) {
        return name(o, "ike-policy" + (index + 1));
    }

    static String mapName(ConversionOptions o, int index) {
        return name(o, "ipsec-map" + (index + 1));
    }

    private static String name(ConversionOptions o, String base) {
        return o.namePrefix() + base;
    }

    /** Collects lines with the router's own line ending. */
    private static final class Writer {
        private final StringBuilder sb = new StringBuilder();

        void line(String text) {
            sb.append(text).append('\n');
        }

        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
