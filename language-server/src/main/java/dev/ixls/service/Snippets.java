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
            Completion.Items items) {
        Language lang = options.language();
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
