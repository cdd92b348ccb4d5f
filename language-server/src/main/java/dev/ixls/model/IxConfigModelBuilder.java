package dev.ixls.model;

import dev.ixls.aws.PresharedKey;
import dev.ixls.model.Ikev2Profile.Ikev2Proposals;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed {@link IxConfig} from placed statements. Only lines in their right block are
 * read; values that do not parse are left null, and the rules report them.
 */
public final class IxConfigModelBuilder {

    private IxConfigModelBuilder() {
    }

    public static IxConfig build(ParsedConfig parsed) {
        Map<String, IkeProposal> ikeProposals = new LinkedHashMap<>();
        Map<String, IkePolicy> ikePolicies = new LinkedHashMap<>();
        List<IkeKeepalive> keepalives = new ArrayList<>();
        Map<String, IpsecProposal> ipsecProposals = new LinkedHashMap<>();
        Map<String, IpsecMap> ipsecMaps = new LinkedHashMap<>();
        List<Ikev2Key> ikev2Keys = new ArrayList<>();
        Map<String, Ikev2Profile> profiles = new LinkedHashMap<>();
        List<StaticRoute> routes = new ArrayList<>();
        Map<String, List<Statement>> interfaceOpeners = new LinkedHashMap<>();
        RouterBgp bgp = null;
        List<NatTraversal> natTraversals = new ArrayList<>();
        List<IkeIdentity> identities = new ArrayList<>();
        Map<String, List<Statement>> accessLists = new LinkedHashMap<>();
        Map<String, List<Statement>> prefixLists = new LinkedHashMap<>();
        Map<String, List<Statement>> routeMaps = new LinkedHashMap<>();

        for (Statement s : parsed.roots()) {
            if (s.placement() != Placement.IN_BLOCK || s.negated() || s.commandId() == null) {
                continue;
            }
            switch (s.commandId()) {
                case "ike.proposal" -> ikeProposals.putIfAbsent(s.arg("name"), new IkeProposal(s.arg("name"),
                        IxAlgorithms.ikeCipher(s.arg("encryption")), IxAlgorithms.integrity(s.arg("hash")),
                        IxAlgorithms.dhGroup(s.arg("group")), integer(s.arg("lifetime")), s));
                case "ike.policy" -> ikePolicies.putIfAbsent(s.arg("name"), new IkePolicy(s.arg("name"),
                        s.arg("peer") != null ? s.arg("peer") : "any", key(s.arg("key")), s.arg("mode"),
                        names(s.arg("proposals")), s));
                case "ike.keepalive" -> {
                    Integer interval = integer(s.arg("interval"));
                    Integer retries = integer(s.arg("retries"));
                    if (s.arg("policy") != null && interval != null && retries != null) {
                        keepalives.add(new IkeKeepalive(s.arg("policy"), interval, retries, s));
                    }
                }
                case "ipsec.autokey-proposal" -> ipsecProposals.putIfAbsent(s.arg("name"),
                        new IpsecProposal(s.arg("name"), IxAlgorithms.espCipher(s.arg("encryption")),
                                IxAlgorithms.integrity(s.arg("integrity")), integer(s.arg("lifetime")), s));
                case "ipsec.autokey-map" -> ipsecMaps.putIfAbsent(s.arg("name"), new IpsecMap(s.arg("name"),
                        s.arg("acl"), s.arg("peer") != null ? s.arg("peer") : "any", names(s.arg("proposals")),
                        IxAlgorithms.dhGroup(s.arg("pfs")), s));
                case "ikev2.authentication" -> {
                    String type = s.arg("id") != null ? "ipv4" : s.arg("id6") != null ? "ipv6"
                            : s.arg("keyid") != null ? "keyid" : "fqdn";
                    String id = firstNonNull(s.arg("id"), s.arg("id6"), s.arg("keyid"), s.arg("fqdn"));
                    if (id != null && s.arg("key") != null) {
                        ikev2Keys.add(new Ikev2Key(type, id, key(s.arg("key")), s));
                    }
                }
                case "ikev2.profile", "ikev2.default-profile" -> {
                    String name = s.is("ikev2.default-profile") ? "default" : s.arg("name");
                    if (name != null) {
                        profiles.putIfAbsent(name, profile(name, s));
                    }
                }
                case "ip.route" -> {
                    Word dest = s.argWord("destination");
                    Ipv4Prefix prefix = dest == null ? null : Ipv4Prefix.parse(dest.text()).orElse(null);
                    if (dest == null || prefix != null) {
                        routes.add(new StaticRoute(prefix, address(s.arg("gateway")), s.arg("interface"), s));
                    }
                }
                case "interface" -> {
                    if (s.arg("name") != null) {
                        interfaceOpeners.computeIfAbsent(s.arg("name"), k -> new ArrayList<>()).add(s);
                    }
                }
                case "ike.nat-traversal" -> natTraversals.add(new NatTraversal(s.arg("policy"), s));
                case "ike.local-id", "ike.remote-id" -> {
                    if (s.arg("policy") != null && s.arg("id") != null) {
                        identities.add(new IkeIdentity(s.arg("policy"), s.is("ike.local-id"), s.arg("type"),
                                s.arg("id"), s));
                    }
                }
                case "ip.access-list" -> addEntry(accessLists, s);
                case "ip.prefix-list" -> addEntry(prefixLists, s);
                case "route-map" -> addEntry(routeMaps, s);
                case "router.bgp" -> {
                    if (bgp == null && s.arg("asn") != null) {
                        bgp = bgp(s);
                    }
                }
                default -> {
                    // Other commands carry nothing the analysis reads yet.
                }
            }
        }

        Map<String, Interface> interfaces = new LinkedHashMap<>();
        interfaceOpeners.forEach((name, openers) -> interfaces.put(name, iface(name, openers)));
        return new IxConfig(parsed, SymbolTable.of(parsed.statements()), interfaces, ikeProposals, ikePolicies,
                List.copyOf(keepalives), ipsecProposals, ipsecMaps, List.copyOf(ikev2Keys), profiles,
                List.copyOf(routes), bgp, List.copyOf(natTraversals), List.copyOf(identities),
                named("access-list", accessLists), named("prefix-list", prefixLists), named("route-map", routeMaps),
                PeerIndex.of(interfaces, ikePolicies, ipsecMaps));
    }

    private static void addEntry(Map<String, List<Statement>> byName, Statement s) {
        if (s.arg("name") != null) {
            byName.computeIfAbsent(s.arg("name"), k -> new ArrayList<>()).add(s);
        }
    }

    private static Map<String, NamedEntries> named(String kind, Map<String, List<Statement>> byName) {
        Map<String, NamedEntries> out = new LinkedHashMap<>();
        byName.forEach((name, entries) -> out.put(name, new NamedEntries(kind, name, List.copyOf(entries))));
        return out;
    }

    private static Interface iface(String name, List<Statement> openers) {
        List<Statement> members = new ArrayList<>();
        for (Statement o : openers) {
            members.addAll(o.children());
        }
        Ipv4Prefix address = null;
        String mode = null;
        String map = null;
        String profile = null;
        String peer = null;
        Integer mss = null;
        Integer dpd = null;
        boolean shutdown = false;
        ProposalsCollector proposals = new ProposalsCollector();
        for (Statement m : members) {
            if (m.placement() != Placement.IN_BLOCK || m.commandId() == null) {
                continue;
            }
            switch (m.commandId()) {
                case "interface.ip-address" -> {
                    if (!m.negated() && m.arg("address") != null && address == null
                            && m.line().words().stream().noneMatch(w -> w.text().equals("secondary"))) {
                        address = Ipv4Prefix.parse(m.arg("address")).orElse(null);
                    }
                }
                case "interface.tunnel-mode" -> mode = m.negated() ? null : m.arg("mode");
                case "interface.ipsec-policy" -> map = m.negated() ? null : m.arg("map");
                case "interface.ikev2-binding", "interface.ikev2-profile" -> profile = m.negated() ? null : m.arg("profile");
                case "interface.ikev2-peer" -> peer = m.negated() ? null : firstNonNull(m.arg("peer"), m.arg("peer6"));
                case "interface.adjust-mss" -> mss = m.negated() ? null
                        : m.arg("mss") != null ? integer(m.arg("mss")) : Interface.MSS_AUTO;
                case "interface.ikev2-dpd" -> dpd = integer(m.arg("seconds"));
                case "interface.shutdown" -> shutdown = true;
                case "interface.no-shutdown" -> shutdown = false;
                case "interface.ikev2-other" -> proposals.accept(m.arg("setting"), m.argWords("options"));
                default -> {
                }
            }
        }
        return new Interface(name, address, mode, map, profile, peer, mss, shutdown, dpd, proposals.build(),
                List.copyOf(openers), List.copyOf(members));
    }

    private static Ikev2Profile profile(String name, Statement opener) {
        ProposalsCollector proposals = new ProposalsCollector();
        Integer dpd = null;
        for (Statement m : opener.children()) {
            if (m.placement() != Placement.IN_BLOCK || m.commandId() == null || m.negated()) {
                continue;
            }
            switch (m.commandId()) {
                case "ikev2.sa-proposal" -> proposals.accept("sa-proposal",
                        concat(m.argWord("part"), m.argWords("algorithms")));
                case "ikev2.child-proposal" -> proposals.accept("child-proposal",
                        concat(m.argWord("part"), m.argWords("algorithms")));
                case "ikev2.child-pfs" -> proposals.accept("child-pfs", List.of(m.argWord("group")));
                case "ikev2.sa-lifetime" -> proposals.accept("sa-lifetime", List.of(m.argWord("seconds")));
                case "ikev2.child-lifetime" -> proposals.accept("child-lifetime", List.of(m.argWord("seconds")));
                case "ikev2.dpd" -> dpd = integer(m.arg("seconds"));
                default -> {
                }
            }
        }
        return new Ikev2Profile(name, proposals.build(), dpd, opener);
    }

    private static List<Word> concat(Word first, List<Word> rest) {
        List<Word> out = new ArrayList<>();
        if (first != null) {
            out.add(first);
        }
        out.addAll(rest);
        return out;
    }

    /** Gathers IKEv2 algorithm lines, written in a profile or prefixed with {@code ikev2} on a tunnel. */
    private static final class ProposalsCollector {
        private List<String> saEnc = List.of();
        private List<String> saInteg = List.of();
        private List<String> saDh = List.of();
        private List<String> childEnc = List.of();
        private List<String> childInteg = List.of();
        private String childPfs;
        private Integer saLifetime;
        private Integer childLifetime;

        void accept(String setting, List<Word> words) {
            if (setting == null || words.isEmpty() || words.get(0) == null) {
                return;
            }
            List<String> w = words.stream().map(Word::text).toList();
            List<String> rest = w.subList(1, w.size());
            switch (setting) {
                case "sa-proposal" -> {
                    switch (w.get(0)) {
                        case "enc" -> saEnc = List.copyOf(rest);
                        case "integrity" -> saInteg = List.copyOf(rest);
                        case "dh" -> saDh = List.copyOf(rest);
                        default -> {
                        }
                    }
                }
                case "child-proposal" -> {
                    switch (w.get(0)) {
                        case "enc" -> childEnc = List.copyOf(rest);
                        case "integrity" -> childInteg = List.copyOf(rest);
                        default -> {
                        }
                    }
                }
                case "child-pfs" -> childPfs = w.get(0);
                case "sa-lifetime" -> saLifetime = integer(w.get(0));
                case "child-lifetime" -> childLifetime = integer(w.get(0));
                default -> {
                }
            }
        }

        Ikev2Proposals build() {
            return new Ikev2Proposals(saEnc, saInteg, saDh, childEnc, childInteg, childPfs, saLifetime, childLifetime);
        }
    }

    private static RouterBgp bgp(Statement opener) {
        Map<Ipv4Address, BgpNeighbor> neighbors = new LinkedHashMap<>();
        List<Ipv4Prefix> networks = new ArrayList<>();
        boolean[] originates = {false};
        collectBgp(opener.children(), neighbors, networks, originates);
        Long asn = longValue(opener.arg("asn"));
        return new RouterBgp(asn == null ? 0 : asn, List.copyOf(neighbors.values()), List.copyOf(networks),
                originates[0], opener);
    }

    private static void collectBgp(List<Statement> members, Map<Ipv4Address, BgpNeighbor> neighbors,
            List<Ipv4Prefix> networks, boolean[] originates) {
        for (Statement m : members) {
            if (m.placement() != Placement.IN_BLOCK || m.commandId() == null || m.negated()) {
                continue;
            }
            String id = m.commandId();
            if (id.equals("bgp.address-family")) {
                collectBgp(m.children(), neighbors, networks, originates);
                continue;
            }
            if (id.equals("bgp-af.network")) {
                Ipv4Prefix.parse(m.arg("prefix")).ifPresent(networks::add);
                continue;
            }
            if (id.equals("bgp-af.originate-default")) {
                originates[0] = true;
                continue;
            }
            Ipv4Address address = address(m.arg("address"));
            if (address == null) {
                continue;
            }
            BgpNeighbor n = neighbors.computeIfAbsent(address,
                    a -> new BgpNeighbor(a, null, null, null, null, null, List.of()));
            Long remoteAs = n.remoteAs();
            Statement remoteAsLine = n.remoteAsStatement();
            Integer keepalive = n.keepalive();
            Integer hold = n.holdTime();
            Statement timersLine = n.timersStatement();
            if (id.equals("bgp.neighbor.remote-as")) {
                remoteAs = longValue(m.arg("asn"));
                remoteAsLine = m;
            } else if (id.equals("bgp.neighbor.timers")) {
                keepalive = integer(m.arg("keepalive"));
                hold = integer(m.arg("hold"));
                timersLine = m;
            }
            neighbors.put(address, n.with(remoteAs, remoteAsLine, keepalive, hold, timersLine, m));
        }
    }

    private static PresharedKey key(String text) {
        return text == null ? null : new PresharedKey(text);
    }

    private static List<String> names(String commaList) {
        if (commaList == null) {
            return List.of();
        }
        return Arrays.stream(commaList.split(",")).filter(x -> !x.isEmpty()).toList();
    }

    private static Ipv4Address address(String text) {
        return text == null ? null : Ipv4Address.parse(text).orElse(null);
    }

    static Integer integer(String text) {
        Long v = longValue(text);
        return v == null || v > Integer.MAX_VALUE ? null : v.intValue();
    }

    private static Long longValue(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return null;
            }
        }
        return Long.parseLong(text);
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
