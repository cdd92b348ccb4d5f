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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the typed {@link IxConfig} from placed statements. Only lines in their right block are
 * read; values that do not parse are left null, and the rules report them.
 */
public final class IxConfigModelBuilder {

    /** Shared by every interface without IKEv2 algorithm lines (it is an immutable value). */
    private static final Ikev2Proposals NO_PROPOSALS = Ikev2Proposals.empty();

    private IxConfigModelBuilder() {
    }

    /**
     * The model of a parsed config. A line ixls fails on (a bug) is left out and recorded in
     * {@link IxConfig#failures()}; should the assembly itself fail, the model keeps the parsed
     * lines and no structures, so the syntax checks still run.
     */
    public static IxConfig build(ParsedConfig parsed) {
        try {
            return buildAll(parsed);
        } catch (RuntimeException | StackOverflowError e) {
            return empty(parsed, List.of(ModelFailure.ofFile(ModelFailure.MODEL, e)));
        }
    }

    /** A model with the parsed lines and no structures. */
    public static IxConfig empty(ParsedConfig parsed, List<ModelFailure> failures) {
        return new IxConfig(parsed, SymbolTable.of(List.of()), Map.of(), Map.of(), Map.of(), List.of(), Map.of(),
                Map.of(), List.of(), Map.of(), List.of(), null, List.of(), List.of(), Map.of(), Map.of(), Map.of(),
                PeerIndex.of(List.of(), List.of(), List.of(), List.of()), List.of(), List.copyOf(failures));
    }

    private static IxConfig buildAll(ParsedConfig parsed) {
        List<ModelFailure> failures = new ArrayList<>(0);
        Map<String, IkeProposal> ikeProposals = new LinkedHashMap<>();
        Map<String, IkePolicy> ikePolicies = new LinkedHashMap<>();
        List<IkeKeepalive> keepalives = new ArrayList<>();
        Map<String, IpsecProposal> ipsecProposals = new LinkedHashMap<>();
        Map<String, IpsecMap> ipsecMaps = new LinkedHashMap<>();
        List<Ikev2Key> ikev2Keys = new ArrayList<>();
        Map<String, Ikev2Profile> profiles = new LinkedHashMap<>();
        List<StaticRoute> routes = new ArrayList<>();
        Map<String, List<Statement>> interfaceOpeners = new LinkedHashMap<>();
        List<Statement> bgpOpeners = new ArrayList<>(1);
        List<NatTraversal> natTraversals = new ArrayList<>();
        List<IkeIdentity> identities = new ArrayList<>();
        Map<String, List<Statement>> accessLists = new LinkedHashMap<>();
        Map<String, List<Statement>> prefixLists = new LinkedHashMap<>();
        Map<String, List<Statement>> routeMaps = new LinkedHashMap<>();

        for (Statement s : parsed.roots()) {
            if (s.placement() != Placement.IN_BLOCK || s.negated() || s.commandId() == null) {
                continue;
            }
            try {
                switch (s.commandId()) {
                    // Each argument is looked up once: a lookup scans the line's bindings.
                    case "ike.proposal" -> {
                        String name = s.arg("name");
                        if (name != null && !ikeProposals.containsKey(name)) {
                            ikeProposals.put(name, new IkeProposal(name, IxAlgorithms.ikeCipher(s.arg("encryption")),
                                    IxAlgorithms.integrity(s.arg("hash")), IxAlgorithms.dhGroup(s.arg("group")),
                                    integer(s.arg("lifetime")), s));
                        }
                    }
                    case "ike.policy" -> {
                        String name = s.arg("name");
                        if (name != null && !ikePolicies.containsKey(name)) {
                            ikePolicies.put(name, new IkePolicy(name, orAny(s.arg("peer")), key(s.arg("key")),
                                    s.arg("mode"), names(s.arg("proposals")), s));
                        }
                    }
                    case "ike.keepalive" -> {
                        String policy = s.arg("policy");
                        Integer interval = integer(s.arg("interval"));
                        Integer retries = integer(s.arg("retries"));
                        if (policy != null && interval != null && retries != null) {
                            keepalives.add(new IkeKeepalive(policy, interval, retries, s));
                        }
                    }
                    case "ipsec.autokey-proposal" -> {
                        String name = s.arg("name");
                        if (name != null && !ipsecProposals.containsKey(name)) {
                            ipsecProposals.put(name, new IpsecProposal(name, IxAlgorithms.espCipher(s.arg("encryption")),
                                    IxAlgorithms.integrity(s.arg("integrity")), integer(s.arg("lifetime")), s));
                        }
                    }
                    case "ipsec.autokey-map" -> {
                        String name = s.arg("name");
                        if (name != null && !ipsecMaps.containsKey(name)) {
                            ipsecMaps.put(name, new IpsecMap(name, s.arg("acl"), orAny(s.arg("peer")),
                                    names(s.arg("proposals")), IxAlgorithms.dhGroup(s.arg("pfs")), s));
                        }
                    }
                    case "ikev2.authentication" -> {
                        String ipv4 = s.arg("id");
                        String ipv6 = s.arg("id6");
                        String keyid = s.arg("keyid");
                        String type = ipv4 != null ? "ipv4" : ipv6 != null ? "ipv6" : keyid != null ? "keyid" : "fqdn";
                        String id = firstNonNull(ipv4, ipv6, keyid, s.arg("fqdn"));
                        String key = s.arg("key");
                        if (id != null && key != null) {
                            ikev2Keys.add(new Ikev2Key(type, id, key(key), s));
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
                        String name = s.arg("name");
                        if (name != null) {
                            interfaceOpeners.compute(name, (k, openers) -> SmallLists.append(openers, s));
                        }
                    }
                    case "ike.nat-traversal" -> natTraversals.add(new NatTraversal(s.arg("policy"), s));
                    case "ike.local-id", "ike.remote-id" -> {
                        String policy = s.arg("policy");
                        String id = s.arg("id");
                        if (policy != null && id != null) {
                            identities.add(new IkeIdentity(policy, s.is("ike.local-id"), s.arg("type"), id, s));
                        }
                    }
                    case "ip.access-list" -> addEntry(accessLists, s);
                    case "ip.prefix-list" -> addEntry(prefixLists, s);
                    case "route-map" -> addEntry(routeMaps, s);
                    case "router.bgp" -> {
                        // Entered again (typed input, generators) it reopens the same block: the router
                        // has one BGP process, and a block for another AS is refused.
                        if (s.arg("asn") != null && (bgpOpeners.isEmpty()
                                || s.arg("asn").equals(bgpOpeners.get(0).arg("asn")))) {
                            bgpOpeners.add(s);
                        }
                    }
                    default -> {
                        // Other commands carry nothing the analysis reads yet.
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(ModelFailure.of(s.line().index(), s.commandId(), e));
            }
        }

        Map<String, Interface> interfaces = new LinkedHashMap<>(PeerIndex.capacity(interfaceOpeners.size()));
        List<Interface> tunnels = new ArrayList<>();
        interfaceOpeners.forEach((name, openers) -> {
            Interface i;
            try {
                i = iface(name, openers, ipsecMaps);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(ModelFailure.of(openers.get(0).line().index(), "interface " + name, e));
                return;
            }
            interfaces.put(name, i);
            if (i.isTunnel()) {
                tunnels.add(i);
            }
        });
        RouterBgp bgp = null;
        if (!bgpOpeners.isEmpty()) {
            try {
                bgp = bgp(bgpOpeners);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(ModelFailure.of(bgpOpeners.get(0).line().index(), "router bgp", e));
            }
        }
        List<Ikev2Key> keys = List.copyOf(ikev2Keys);
        return new IxConfig(parsed, SymbolTable.of(parsed.statements()), interfaces, ikeProposals, ikePolicies,
                List.copyOf(keepalives), ipsecProposals, ipsecMaps, keys, profiles,
                List.copyOf(routes), bgp, List.copyOf(natTraversals), List.copyOf(identities),
                named("access-list", accessLists), named("prefix-list", prefixLists), named("route-map", routeMaps),
                PeerIndex.of(interfaces.values(), ikePolicies.values(), ipsecMaps.values(), keys),
                List.copyOf(tunnels), List.copyOf(failures));
    }

    private static void addEntry(Map<String, List<Statement>> byName, Statement s) {
        String name = s.arg("name");
        if (name != null) {
            byName.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        }
    }

    private static String orAny(String peer) {
        return peer != null ? peer : "any";
    }

    private static Map<String, NamedEntries> named(String kind, Map<String, List<Statement>> byName) {
        Map<String, NamedEntries> out = new LinkedHashMap<>();
        byName.forEach((name, entries) -> out.put(name, new NamedEntries(kind, name, List.copyOf(entries))));
        return out;
    }

    private static Interface iface(String name, List<Statement> openers, Map<String, IpsecMap> ipsecMaps) {
        List<Statement> members = membersOf(openers);
        Ipv4Prefix address = null;
        String mode = null;
        String map = null;
        String profile = null;
        String peer = null;
        Integer mss = null;
        Integer dpd = null;
        boolean shutdown = false;
        ProposalsCollector proposals = null; // most interfaces have no IKEv2 algorithm lines
        for (int i = 0; i < members.size(); i++) {
            Statement m = members.get(i);
            if (m.placement() != Placement.IN_BLOCK || m.commandId() == null) {
                continue;
            }
            switch (m.commandId()) {
                case "interface.ip-address" -> {
                    if (!m.negated() && address == null && !isSecondary(m)) {
                        String text = m.arg("address");
                        if (text != null) {
                            address = Ipv4Prefix.parse(text).orElse(null);
                        }
                    }
                }
                case "interface.tunnel-mode" -> mode = m.negated() ? null : m.arg("mode");
                case "interface.ipsec-policy" -> map = m.negated() ? null : m.arg("map");
                case "interface.ikev2-binding", "interface.ikev2-profile" -> profile = m.negated() ? null : m.arg("profile");
                case "interface.ikev2-peer" -> peer = m.negated() ? null : firstNonNull(m.arg("peer"), m.arg("peer6"));
                case "interface.adjust-mss" -> {
                    if (m.negated()) {
                        mss = null;
                    } else {
                        String text = m.arg("mss");
                        // Boxed on both sides: a number too large to read stays null, not an NPE.
                        mss = text == null ? Integer.valueOf(Interface.MSS_AUTO) : integer(text);
                    }
                }
                case "interface.ikev2-dpd" -> dpd = integer(m.arg("seconds"));
                case "interface.shutdown" -> shutdown = true;
                case "interface.no-shutdown" -> shutdown = false;
                case "interface.ikev2-other" -> {
                    if (proposals == null) {
                        proposals = new ProposalsCollector();
                    }
                    proposals.accept(m.arg("setting"), m.argWords("options"));
                }
                default -> {
                }
            }
        }
        return new Interface(name, address, mode, map, profile, peer, mss, shutdown, dpd,
                proposals == null ? NO_PROPOSALS : proposals.build(), List.copyOf(openers), new MemberList(members),
                PeerIndex.peerOf(peer, map, ipsecMaps));
    }

    /** The member lines of all of an interface's blocks; the opener's own (read-only) list when entered once. */
    private static List<Statement> membersOf(List<Statement> openers) {
        if (openers.size() == 1) {
            return openers.get(0).children();
        }
        List<Statement> members = new ArrayList<>();
        for (Statement o : openers) {
            members.addAll(o.children());
        }
        return members; // wrapped read-only by MemberList
    }

    private static boolean isSecondary(Statement addressLine) {
        List<Word> words = addressLine.line().words();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).text().equals("secondary")) {
                return true;
            }
        }
        return false;
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
                case "ikev2.child-pfs" -> proposals.accept("child-pfs", one(m.argWord("group")));
                case "ikev2.sa-lifetime" -> proposals.accept("sa-lifetime", one(m.argWord("seconds")));
                case "ikev2.child-lifetime" -> proposals.accept("child-lifetime", one(m.argWord("seconds")));
                case "ikev2.dpd" -> dpd = integer(m.arg("seconds"));
                default -> {
                }
            }
        }
        return new Ikev2Profile(name, proposals.build(), dpd, opener);
    }

    /** The word as a list, or none when the line stops before it (typed halfway). */
    private static List<Word> one(Word w) {
        return w == null ? List.of() : List.of(w);
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

    private static RouterBgp bgp(List<Statement> openers) {
        Map<Ipv4Address, NeighborLines> neighbors = new LinkedHashMap<>();
        List<Ipv4Prefix> networks = new ArrayList<>();
        boolean[] originates = {false};
        for (Statement o : openers) {
            collectBgp(o.children(), neighbors, networks, originates);
        }
        Statement opener = openers.get(0);
        Long asn = longValue(opener.arg("asn"));
        List<BgpNeighbor> built = new ArrayList<>(neighbors.size());
        for (NeighborLines n : neighbors.values()) {
            built.add(n.build());
        }
        return new RouterBgp(asn == null ? 0 : asn, List.copyOf(built), List.copyOf(networks), originates[0], opener,
                List.copyOf(openers));
    }

    private static void collectBgp(List<Statement> members, Map<Ipv4Address, NeighborLines> neighbors,
            List<Ipv4Prefix> networks, boolean[] originates) {
        for (int i = 0; i < members.size(); i++) {
            Statement m = members.get(i);
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
            if (address != null) {
                neighbors.computeIfAbsent(address, NeighborLines::new).accept(id, m);
            }
        }
    }

    /** A BGP neighbor while its lines are read: one mutable record per neighbor, built once at the end. */
    private static final class NeighborLines {
        private final Ipv4Address address;
        private final List<Statement> lines = new ArrayList<>(2);
        private Long remoteAs;
        private Statement remoteAsLine;
        private Integer keepalive;
        private Integer hold;
        private Statement timersLine;

        NeighborLines(Ipv4Address address) {
            this.address = address;
        }

        /** Later lines win, as on the router. */
        void accept(String commandId, Statement line) {
            if (commandId.equals("bgp.neighbor.remote-as")) {
                remoteAs = longValue(line.arg("asn"));
                remoteAsLine = line;
            } else if (commandId.equals("bgp.neighbor.timers")) {
                keepalive = integer(line.arg("keepalive"));
                hold = integer(line.arg("hold"));
                timersLine = line;
            }
            lines.add(line);
        }

        BgpNeighbor build() {
            return new BgpNeighbor(address, remoteAs, keepalive, hold, remoteAsLine, timersLine, List.copyOf(lines));
        }
    }

    private static PresharedKey key(String text) {
        return text == null ? null : new PresharedKey(text);
    }

    /** The non-empty names of a comma-separated list. */
    private static List<String> names(String commaList) {
        if (commaList == null) {
            return List.of();
        }
        if (commaList.indexOf(',') < 0) { // the usual single name
            return commaList.isEmpty() ? List.of() : List.of(commaList);
        }
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start <= commaList.length()) {
            int comma = commaList.indexOf(',', start);
            int end = comma < 0 ? commaList.length() : comma;
            if (end > start) {
                out.add(commaList.substring(start, end));
            }
            start = end + 1;
        }
        return List.copyOf(out);
    }

    private static Ipv4Address address(String text) {
        return text == null ? null : Ipv4Address.parse(text).orElse(null);
    }

    static Integer integer(String text) {
        long v = digits(text);
        return v < 0 || v > Integer.MAX_VALUE ? null : (int) v;
    }

    private static Long longValue(String text) {
        long v = digits(text);
        return v < 0 ? null : v;
    }

    /** The value of a number written in digits only (at most 18 of them), or -1. */
    private static long digits(String text) {
        if (text == null || text.isEmpty() || text.length() > 18) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return -1;
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
