package dev.ixls.analysis;

import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.RouterBgp;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Without a linked sample, what makes a peer clearly AWS's. An inside address in AWS's
 * 169.254.0.0/16 is not enough: IX-to-IX, strongSwan, pfSense and other clouds' tunnels are
 * numbered from there too. The tunnel to the peer must carry such an address and the config must
 * say AWS about that tunnel in one of the ways people and generators write it:
 * <ul>
 * <li>a name or text tied to the tunnel: its description, the IKE policy, IPsec map or IKEv2
 * profile for the peer, a BGP neighbor's description, or a comment inside the tunnel's block or
 * right above one of those lines, that says {@code AWS}, {@code Amazon} or an AWS resource id
 * ({@code vpn-0123abcd...}, {@code vgw-...}, {@code tgw-...});</li>
 * <li>an AWS VPN id in any comment of the config (a file kept for one VPN says which);</li>
 * <li>a BGP neighbor on the tunnel's /30 with one of Amazon's default side ASNs (64512, or 7224 in
 * older samples).</li>
 * </ul>
 * A comment elsewhere that merely says "AWS" is not enough: a config with tunnels to two clouds
 * would make every 169.254 tunnel AWS's. Computed once per check ({@link AnalysisContext.Derived}).
 */
final class AwsEvidence {

    private static final Ipv4Prefix LINK_LOCAL = Ipv4Prefix.of("169.254.0.0/16");
    /** {@code aws} as a word of its own (to-aws, AWS1, aws_vpn; not laws), Amazon, or an AWS resource id. */
    private static final Pattern SAYS_AWS = Pattern.compile(
            "(?i)(?<![a-z])aws(?![a-z])|amazon|(?<![a-z0-9])(vpn|vgw|tgw|cgw)-[0-9a-f]{8,17}(?![0-9a-z])");
    private static final Pattern AWS_ID = Pattern.compile("(?i)(?<![a-z0-9])(vpn|vgw|tgw|cgw)-[0-9a-f]{8,17}(?![0-9a-z])");
    private static final long AMAZON_DEFAULT_ASN = 64512;
    private static final long AMAZON_LEGACY_ASN = 7224;

    private final IxConfig config;
    private Boolean commentNamesAnAwsVpn;
    private final Map<String, Boolean> peers = new HashMap<>();
    private TreeMap<Ipv4Address, List<BgpNeighbor>> neighborsByAddress;

    AwsEvidence(IxConfig config) {
        this.config = config;
    }

    synchronized boolean isAwsPeer(String peer) {
        return peers.computeIfAbsent(peer, p -> {
            for (Interface t : config.tunnelsToPeer(p)) {
                if (isAwsTunnel(t, p)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** A tunnel interface to AWS: an inside address in 169.254.0.0/16 and the config says AWS. */
    synchronized boolean isAwsTunnel(Interface t, String peer) {
        if (t.address() == null || !LINK_LOCAL.contains(t.address().address())) {
            return false;
        }
        return tiedTextSaysAws(t, peer) || awsAsnOnTheLink(t) || commentNamesAnAwsVpn();
    }

    private boolean tiedTextSaysAws(Interface t, String peer) {
        Statement description = t.member("interface.description");
        if (description != null && says(description.line().text())) {
            return true;
        }
        if (says(t.ikev2Profile()) || says(t.ipsecMap())) {
            return true;
        }
        for (Statement opener : t.openers()) {
            if (commentsSay(opener) || commentsInside(opener)) {
                return true;
            }
        }
        if (peer != null) {
            var policy = config.ikePolicyForPeer(peer);
            var map = config.ipsecMapForPeer(peer);
            if (policy.map(p -> says(p.name()) || commentsSay(p.statement())).orElse(false)
                    || map.map(m -> says(m.name()) || commentsSay(m.statement())).orElse(false)) {
                return true;
            }
        }
        for (BgpNeighbor n : neighborsOnTheLink(t)) {
            for (Statement s : n.statements()) {
                if (s.is("bgp.neighbor.description") && says(s.line().text())) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean awsAsnOnTheLink(Interface t) {
        if (t.address().length() != 30) {
            return false;
        }
        for (BgpNeighbor n : neighborsOnTheLink(t)) {
            Long as = n.remoteAs();
            if (as != null && (as == AMAZON_DEFAULT_ASN || as == AMAZON_LEGACY_ASN)) {
                return true;
            }
        }
        return false;
    }

    /** The BGP neighbors inside the interface's subnet, other than the interface's own address. */
    private List<BgpNeighbor> neighborsOnTheLink(Interface t) {
        RouterBgp bgp = config.bgp();
        if (bgp == null || t.address().length() >= 32) {
            return List.of();
        }
        if (neighborsByAddress == null) {
            // Looked up once per tunnel interface: a scan of every neighbor each time made a
            // config of thousands of tunnels quadratic (half of a 100k-line check).
            neighborsByAddress = new TreeMap<>();
            for (BgpNeighbor n : bgp.neighbors()) {
                neighborsByAddress.computeIfAbsent(n.address(), a -> new ArrayList<>()).add(n);
            }
        }
        Ipv4Prefix link = t.address().subnet();
        List<BgpNeighbor> out = new ArrayList<>();
        neighborsByAddress.subMap(link.network(), true, link.broadcast(), true).forEach((address, neighbors) -> {
            if (!address.equals(t.address().address())) {
                out.addAll(neighbors);
            }
        });
        return out;
    }

    private boolean commentNamesAnAwsVpn() {
        if (commentNamesAnAwsVpn == null) {
            boolean found = false;
            for (ConfigLine line : config.parsed().lines()) {
                if (line.kind() == LineKind.COMMENT && AWS_ID.matcher(line.text()).find()) {
                    found = true;
                    break;
                }
            }
            commentNamesAnAwsVpn = found;
        }
        return commentNamesAnAwsVpn;
    }

    /** Whether the comment lines right above a line say AWS. */
    private boolean commentsSay(Statement s) {
        List<ConfigLine> lines = config.parsed().lines();
        for (int i = s.line().index() - 1; i >= 0 && lines.get(i).kind() == LineKind.COMMENT; i--) {
            if (says(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a comment among a block's lines says AWS. */
    private boolean commentsInside(Statement opener) {
        List<Statement> members = opener.children();
        if (members.isEmpty()) {
            return false;
        }
        List<ConfigLine> lines = config.parsed().lines();
        int last = members.get(members.size() - 1).line().index();
        for (int i = opener.line().index() + 1; i < last; i++) {
            if (lines.get(i).kind() == LineKind.COMMENT && says(lines.get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(String text) {
        // Each alternative needs `aws`, `amazon` or a dash: looked for first, as plain text.
        return text != null && (text.indexOf('-') >= 0 || dev.ixls.aws.AwsSampleReader.containsIgnoringCase(text, "aws")
                || dev.ixls.aws.AwsSampleReader.containsIgnoringCase(text, "amazon")) && SAYS_AWS.matcher(text).find();
    }
}
