package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Snippets for whole blocks: an AWS tunnel pair (IKE policies, keepalives, IPsec maps and the two
 * tunnel interfaces, IKEv1 as the AWS Cisco sample maps to IX) and a single tunnel interface.
 * Values come from an AWS sample where one is known; keys never do: they stay placeholders that
 * "Update from AWS sample" fills in.
 */
final class Snippets {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\d+):((?:\\\\.|[^}\\\\])*)}|\\$(\\d+)");

    private Snippets() {
    }

    static void add(IxConfig config, List<LinkedSample> samples, Cursor cursor, Completion.Options options,
            Completion.Items items, dev.ixls.catalog.CommandCatalog catalog) {
        Language lang = options.language();
        commands(config, samples, options, items, catalog);
        int free = 0;
        while (config.interfaces().containsKey("Tunnel" + free + ".0")) {
            free++;
        }
        int second = free + 1;
        while (config.interfaces().containsKey("Tunnel" + second + ".0")) {
            second++;
        }
        String ikeProposal = firstName(config, "ike-proposal", "ike-prop");
        String ipsecProposal = firstName(config, "ipsec-proposal", "ipsec-prop");
        String acl = firstName(config, "access-list", "sec-list");
        String doc = Messages.get(lang, "snippet.awsTunnelPairDoc");
        if (samples.isEmpty()) {
            items.addSnippet("aws-tunnel-pair", Messages.get(lang, "snippet.awsTunnelPair"), doc,
                    pair(new String[] {"AWS_PEER_1", "AWS_PEER_2"}, new String[] {"169.254.0.2/30", "169.254.0.6/30"},
                            "1024-bit", ikeProposal, ipsecProposal, acl, free, second), 0);
        }
        for (LinkedSample s : samples) {
            List<AwsTunnel> tunnels = SampleFacts.tunnels(s.sample());
            if (tunnels.size() < 2) {
                continue;
            }
            String[] peers = {tunnels.get(0).awsOutsideAddress(), tunnels.get(1).awsOutsideAddress()};
            String[] inside = {inside(tunnels.get(0)), inside(tunnels.get(1))};
            String group = group(tunnels.get(0).ipsec().pfsGroups());
            String vpn = SampleFacts.vpn(s.sample());
            items.addSnippet("aws-tunnel-pair " + vpn, Messages.get(lang, "snippet.awsTunnelPairFor", "vpn", vpn), doc,
                    pair(peers, inside, group, ikeProposal, ipsecProposal, acl, free, second), 0);
        }
        String map = config.ipsecMaps().isEmpty() ? "ipsec-map1" : config.ipsecMaps().keySet().iterator().next();
        items.addSnippet("tunnel-interface", Messages.get(lang, "snippet.tunnelInterface"),
                Messages.get(lang, "snippet.tunnelInterfaceDoc"),
                "interface ${1:Tunnel" + free + ".0}\n"
                        + "  tunnel mode ipsec\n"
                        + "  ip address ${2:169.254.0.2/30}\n"
                        + "  ip tcp adjust-mss auto\n"
                        + "  ipsec policy tunnel ${3:" + escape(map) + "} df-bit ignore pre-fragment out\n"
                        + "  no shutdown\n"
                        + "!\n$0", 0);
    }

    /**
     * One whole command each, its values as placeholders: an {@code ike policy}, an
     * {@code ipsec autokey-map} (the next free name, the defined proposal and list, the first AWS
     * peer of the linked sample the config does not use yet) and, without one, {@code router bgp}.
     * Documented with the command catalog's own text.
     */
    private static void commands(IxConfig config, List<LinkedSample> samples, Completion.Options options,
            Completion.Items items, dev.ixls.catalog.CommandCatalog catalog) {
        Language lang = options.language();
        String peer = "PEER";
        String group = "2048-bit";
        AwsTunnel unused = null;
        for (LinkedSample s : samples) {
            for (AwsTunnel t : SampleFacts.tunnels(s.sample())) {
                if (unused == null && config.ikePolicyForPeer(t.awsOutsideAddress()).isEmpty()
                        && config.ipsecMapForPeer(t.awsOutsideAddress()).isEmpty()) {
                    unused = t;
                }
            }
        }
        if (unused != null) {
            peer = unused.awsOutsideAddress();
            group = group(unused.ipsec().pfsGroups());
        }
        String policyName = nextName(config, "ike-policy", "ike-policy");
        items.addSnippet("ike-policy", Messages.get(lang, "snippet.ikePolicy"), doc(catalog, "ike.policy", lang),
                "ike policy ${1:" + escape(policyName) + "} peer ${2:" + escape(peer) + "} key ${3:KEY} ${4:"
                        + escape(firstName(config, "ike-proposal", "ike-prop")) + "}$0", 0);
        String mapName = nextName(config, "ipsec-map", "ipsec-map");
        items.addSnippet("ipsec-autokey-map", Messages.get(lang, "snippet.ipsecMap"),
                doc(catalog, "ipsec.autokey-map", lang),
                "ipsec autokey-map ${1:" + escape(mapName) + "} ${2:" + escape(firstName(config, "access-list", "sec-list"))
                        + "} peer ${3:" + escape(peer) + "} ${4:" + escape(firstName(config, "ipsec-proposal", "ipsec-prop"))
                        + "} pfs ${5:" + group + "}$0", 0);
        if (config.bgp() == null) {
            AwsTunnel[] pair = awsPair(samples);
            String asn = pair != null && pair[0].customerAsn() != null ? String.valueOf(pair[0].customerAsn()) : "65000";
            StringBuilder sb = new StringBuilder("router bgp ${1:" + asn + "}\n");
            neighbors(sb, pair, "  ", 2);
            sb.append("  address-family ipv4 unicast\n    network ${6:192.168.1.0/24}\n$0");
            items.addSnippet("router-bgp", Messages.get(lang, "snippet.routerBgp"), doc(catalog, "router.bgp", lang),
                    sb.toString(), 0);
        }
    }

    /**
     * Inside {@code router bgp}: a BGP neighbor pair per linked sample (both tunnels' AWS inside
     * addresses and the Amazon-side ASN, with AWS's timers), and one neighbor.
     */
    static void addBgpNeighbors(List<LinkedSample> samples, Completion.Options options, Completion.Items items,
            dev.ixls.catalog.CommandCatalog catalog) {
        Language lang = options.language();
        String doc = doc(catalog, "bgp.neighbor.remote-as", lang) + "\n\n" + doc(catalog, "bgp.neighbor.timers", lang);
        for (LinkedSample s : samples) {
            List<AwsTunnel> tunnels = SampleFacts.tunnels(s.sample());
            if (tunnels.size() < 2 || tunnels.get(0).awsInsideAddress() == null || tunnels.get(1).awsInsideAddress() == null
                    || tunnels.get(0).awsAsn() == null) {
                continue;
            }
            String vpn = SampleFacts.vpn(s.sample());
            StringBuilder sb = new StringBuilder();
            neighbors(sb, new AwsTunnel[] {tunnels.get(0), tunnels.get(1)}, "", 1);
            items.addSnippet("bgp-neighbor-pair " + vpn, Messages.get(lang, "snippet.bgpPairFor", "vpn", vpn), doc,
                    sb.append("$0").toString(), 0);
        }
        items.addSnippet("bgp-neighbor", Messages.get(lang, "snippet.bgpNeighbor"), doc,
                "neighbor ${1:169.254.0.1} remote-as ${2:64512}\nneighbor $1 timers 10 30\n$0", 0);
    }

    /** Two neighbors (placeholders from {@code first}): the AWS side of each tunnel, its ASN and AWS's timers. */
    private static void neighbors(StringBuilder sb, AwsTunnel[] pair, String indent, int first) {
        String[] address = pair == null ? new String[] {"169.254.0.1", "169.254.0.5"}
                : new String[] {pair[0].awsInsideAddress(), pair[1].awsInsideAddress()};
        String asn = pair == null || pair[0].awsAsn() == null ? "64512" : String.valueOf(pair[0].awsAsn());
        int a = first;
        int as = first + 1;
        int b = first + 2;
        sb.append(indent).append("neighbor ${").append(a).append(':').append(address[0]).append("} remote-as ${")
                .append(as).append(':').append(asn).append("}\n");
        sb.append(indent).append("neighbor $").append(a).append(" timers 10 30\n");
        sb.append(indent).append("neighbor ${").append(b).append(':').append(address[1]).append("} remote-as $")
                .append(as).append('\n');
        sb.append(indent).append("neighbor $").append(b).append(" timers 10 30\n");
    }

    /** The first two tunnels of the first linked BGP sample that states both AWS inside addresses, or null. */
    private static AwsTunnel[] awsPair(List<LinkedSample> samples) {
        for (LinkedSample s : samples) {
            List<AwsTunnel> t = SampleFacts.tunnels(s.sample());
            if (t.size() >= 2 && t.get(0).awsInsideAddress() != null && t.get(1).awsInsideAddress() != null) {
                return new AwsTunnel[] {t.get(0), t.get(1)};
            }
        }
        return null;
    }

    /** The command catalog's documentation of a command, with its usage. */
    private static String doc(dev.ixls.catalog.CommandCatalog catalog, String id, Language lang) {
        var spec = catalog.command(id);
        return spec == null ? "" : "`" + spec.usage() + "`\n\n" + spec.doc().get(lang);
    }

    /** {@code base1}, {@code base2}, ...: the first that no definition of the kind uses. */
    private static String nextName(IxConfig config, String kind, String base) {
        List<String> names = config.symbols().names(kind);
        int n = 1;
        while (names.contains(base + n)) {
            n++;
        }
        return base + n;
    }

    private static String pair(String[] peers, String[] inside, String group, String ikeProposal, String ipsecProposal,
            String acl, int firstTunnel, int secondTunnel) {
        StringBuilder sb = new StringBuilder();
        int[] tunnels = {firstTunnel, secondTunnel};
        for (int i = 0; i < 2; i++) {
            int base = i * 10;
            sb.append("ike policy ${").append(base + 1).append(":ike-policy").append(i + 1).append("} peer ${")
                    .append(base + 2).append(':').append(escape(peers[i])).append("} key ${").append(base + 3)
                    .append(":KEY").append(i + 1).append("} ").append(escape(ikeProposal)).append('\n');
            sb.append("ike keepalive $").append(base + 1).append(" 10 10\n");
            sb.append("ipsec autokey-map ${").append(base + 4).append(":ipsec-map").append(i + 1).append("} ")
                    .append(escape(acl)).append(" peer $").append(base + 2).append(' ').append(escape(ipsecProposal))
                    .append(" pfs ").append(group).append('\n');
        }
        sb.append("!\n");
        for (int i = 0; i < 2; i++) {
            int base = i * 10;
            sb.append("interface Tunnel").append(tunnels[i]).append(".0\n");
            sb.append("  tunnel mode ipsec\n");
            sb.append("  ip address ${").append(base + 5).append(':').append(escape(inside[i])).append("}\n");
            sb.append("  ip tcp adjust-mss auto\n");
            sb.append("  ipsec policy tunnel $").append(base + 4).append(" df-bit ignore pre-fragment out\n");
            sb.append("  no shutdown\n!\n");
        }
        return sb.append("$0").toString();
    }

    private static String inside(AwsTunnel t) {
        if (t.customerInsideAddress() == null || t.insideCidr() == null) {
            return "169.254.0.2/30";
        }
        return t.customerInsideAddress() + t.insideCidr().substring(t.insideCidr().indexOf('/'));
    }

    private static String group(List<Integer> groups) {
        for (int g : new int[] {14, 5, 2}) {
            if (groups.contains(g)) {
                return Map.of(14, "2048-bit", 5, "1536-bit", 2, "1024-bit").get(g);
            }
        }
        return "1024-bit";
    }

    private static String firstName(IxConfig config, String kind, String fallback) {
        List<String> names = config.symbols().names(kind);
        return names.isEmpty() ? fallback : names.get(0);
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
    }

    /** The snippet as plain text: each placeholder and each mirror of it becomes its default value. */
    static String plain(String snippet) {
        Map<String, String> defaults = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(snippet);
        while (m.find()) {
            if (m.group(1) != null) {
                defaults.putIfAbsent(m.group(1), unescape(m.group(2)));
            }
        }
        StringBuilder sb = new StringBuilder();
        m = PLACEHOLDER.matcher(snippet);
        int last = 0;
        while (m.find()) {
            sb.append(unescape(snippet.substring(last, m.start())));
            String index = m.group(1) != null ? m.group(1) : m.group(3);
            sb.append(m.group(1) != null ? unescape(m.group(2)) : defaults.getOrDefault(index, ""));
            last = m.end();
        }
        sb.append(unescape(snippet.substring(last)));
        return sb.toString();
    }

    private static String unescape(String text) {
        return text.replaceAll("\\\\([\\\\$}])", "$1");
    }
}
