package dev.ixls.analysis;

import dev.ixls.model.IkePolicy;
import dev.ixls.model.IkeProposal;
import dev.ixls.model.Ikev2Profile;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IpsecProposal;
import dev.ixls.model.IxAlgorithms;
import dev.ixls.model.IxConfig;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What this router offers an IKE peer in phase 1 (IKE) and phase 2 (IPsec), read from the config,
 * and whether AWS can agree to it. One piece of logic for IX209, IX508, IX509 and the per-tunnel
 * status, so they never disagree.
 */
public final class CryptoOffers {

    private CryptoOffers() {
    }

    public enum Phase {
        IKE,
        IPSEC
    }

    public enum Aspect {
        VERSION,
        MODE,
        ENCRYPTION,
        INTEGRITY,
        GROUP,
        LIFETIME
    }

    /**
     * A value as the config writes it: its meaning (null when the keyword is unknown), its text
     * and place. An empty text marks IX's default standing in for a value not written (the IKE
     * lifetime), placed on the whole proposal line.
     */
    public record Offered<T>(T value, String text, Range range) {
    }

    /**
     * One proposal. IKEv1 proposals hold one value per list; IKEv2 lists hold alternatives, of
     * which AWS picks one. An empty list was not written: the router's default applies, which
     * ixls does not guess.
     *
     * @param lifetime null when not written and no default is known
     */
    public record Suite(List<Offered<Cipher>> ciphers, List<Offered<Integrity>> integrity,
            List<Offered<Integer>> groups, Offered<Integer> lifetime) {
    }

    /**
     * What the router offers one peer.
     *
     * @param version {@code ikev1} or {@code ikev2}
     * @param versionRange the line that makes it that version (the {@code ike policy} or {@code ikev2 peer})
     * @param mode the IKEv1 exchange mode when written, else null
     * @param phase1 empty when the config has no phase 1 for the peer
     * @param phase2 empty when the config has no phase 2 for the peer (IKEv1: no IPsec map)
     * @param hasPhase2 whether the config sets up phase 2 at all (IKEv1: an IPsec map for the peer)
     */
    public record PeerOffer(String peer, String version, Range versionRange, Offered<String> mode, List<Suite> phase1,
            List<Suite> phase2, boolean hasPhase2) {
    }

    /**
     * A value AWS would not agree to, with what it would.
     *
     * @param accepted what AWS accepts instead: names, or for a lifetime the longest it takes
     * @param written false when the value is IX's default, not written in the config
     */
    public record Mismatch(Phase phase, Aspect aspect, String text, Range range, String accepted, boolean written) {

        Mismatch(Phase phase, Aspect aspect, String text, Range range, String accepted) {
            this(phase, aspect, text, range, accepted, true);
        }
    }

    /** The offer to a peer, or empty when the config has neither an IKE policy nor an IKEv2 tunnel for it. */
    public static Optional<PeerOffer> forPeer(IxConfig config, String peer) {
        return forPeer(config, peer, new ProposalSuites(config));
    }

    /**
     * The offer to an AWS tunnel's address whose lines may name it mistyped ({@link MistypedPeers}):
     * the IKE policy, IPsec map or IKEv2 peer of the address itself first, else of a mistyping.
     */
    public static Optional<PeerOffer> forTunnel(IxConfig config, String peer, List<String> mistypings) {
        if (mistypings.isEmpty()) {
            return forPeer(config, peer);
        }
        List<String> all = new ArrayList<>();
        all.add(peer);
        all.addAll(mistypings);
        return forPeers(config, peer, all, new ProposalSuites(config));
    }

    private static Optional<PeerOffer> forPeer(IxConfig config, String peer, ProposalSuites proposals) {
        return forPeers(config, peer, List.of(peer), proposals);
    }

    private static Optional<PeerOffer> forPeers(IxConfig config, String peer, List<String> names,
            ProposalSuites proposals) {
        for (String name : names) {
            Optional<IkePolicy> exact = config.ikePolicyForPeer(name);
            if (exact.isPresent()) {
                return Optional.of(ikev1Offer(config, peer, exact.get(), proposals, names));
            }
        }
        for (String name : names) {
            // Through the peer index: scanning every interface per peer would be quadratic.
            Optional<Interface> ikev2 = config.tunnelsToPeer(name).stream().filter(i -> name.equals(i.ikev2Peer()))
                    .findFirst();
            if (ikev2.isPresent()) {
                return Optional.of(ikev2Offer(config, name, ikev2.get()));
            }
        }
        return config.ikePolicyForPeer("any").map(p -> ikev1Offer(config, peer, p, proposals, names));
    }

    /**
     * The offers to every AWS peer the config names, in address order; computed once per check
     * (IX208, IX209 and others read them).
     */
    public static List<PeerOffer> forAwsPeers(AnalysisContext context) {
        return context.derived().awsOffers(context);
    }

    static List<PeerOffer> computeForAwsPeers(AnalysisContext context) {
        List<String> peers = new ArrayList<>(SampleLinks.peersOf(context));
        peers.sort(null);
        ProposalSuites proposals = new ProposalSuites(context.config());
        List<PeerOffer> out = new ArrayList<>();
        for (String peer : peers) {
            if (context.isAwsPeer(peer)) {
                forPeer(context.config(), peer, proposals).ifPresent(out::add);
            }
        }
        return out;
    }

    private static PeerOffer ikev1Offer(IxConfig config, String peer, IkePolicy policy, ProposalSuites proposals,
            List<String> mapPeers) {
        List<Suite> phase1 = new ArrayList<>();
        for (String name : policy.proposals()) {
            Suite suite = proposals.ike(name);
            if (suite != null) { // else IX101 reports the undefined name
                phase1.add(suite);
            }
        }
        Optional<IpsecMap> map = mapPeers.stream().map(config::ipsecMapForPeer).flatMap(Optional::stream).findFirst()
                .or(() -> config.ipsecMapForPeer("any"));
        List<Suite> phase2 = new ArrayList<>();
        map.ifPresent(m -> {
            // The model read the group from this word already (pfsGroup), so only its place is looked up.
            List<Offered<Integer>> pfs = one(m.statement(), "pfs", text -> m.pfsGroup());
            for (String name : m.proposals()) {
                Suite p = proposals.ipsec(name);
                if (p != null) {
                    phase2.add(new Suite(p.ciphers(), p.integrity(), pfs, p.lifetime()));
                }
            }
        });
        // The model read the mode from the same line: most policies have none, and then the line's
        // arguments need no second search.
        Word modeWord = policy.mode() == null ? null : policy.statement().argWord("mode");
        Offered<String> mode = modeWord == null ? null : new Offered<>(modeWord.text(), modeWord.text(), modeWord.range());
        return new PeerOffer(peer, "ikev1", policy.statement().range(), mode, phase1, phase2, map.isPresent());
    }

    /**
     * What each IKEv1 proposal offers, read once: thousands of peers often share a few
     * proposals. Suites are immutable, so peers may share them.
     */
    private static final class ProposalSuites {
        private static final Suite UNDEFINED = new Suite(List.of(), List.of(), List.of(), null);

        private final IxConfig config;
        private final Map<String, Suite> ike = new HashMap<>();
        private final Map<String, Suite> ipsec = new HashMap<>();

        ProposalSuites(IxConfig config) {
            this.config = config;
        }

        /** The phase 1 suite of an {@code ike proposal}, or null when no proposal has that name. */
        Suite ike(String name) {
            Suite suite = ike.get(name);
            if (suite == null) {
                IkeProposal p = config.ikeProposals().get(name);
                suite = p == null ? UNDEFINED : ikeSuite(p);
                ike.put(name, suite);
            }
            return suite == UNDEFINED ? null : suite;
        }

        /**
         * The phase 2 suite of an {@code ipsec autokey-proposal} without its PFS group (which the
         * map gives), or null when no proposal has that name.
         */
        Suite ipsec(String name) {
            Suite suite = ipsec.get(name);
            if (suite == null) {
                IpsecProposal p = config.ipsecProposals().get(name);
                suite = p == null ? UNDEFINED : ipsecSuite(p);
                ipsec.put(name, suite);
            }
            return suite == UNDEFINED ? null : suite;
        }

        private static Suite ikeSuite(IkeProposal p) {
            Statement s = p.statement();
            Word lifetimeWord = s.argWord("lifetime");
            Offered<Integer> lifetime = lifetimeWord != null && p.lifetimeSeconds() != null
                    ? new Offered<>(p.lifetimeSeconds(), lifetimeWord.text(), lifetimeWord.range())
                    : new Offered<>(AwsLimits.IX_DEFAULT_IKE_LIFETIME, "", s.range());
            return new Suite(one(s, "encryption", IxAlgorithms::ikeCipher), one(s, "hash", IxAlgorithms::integrity),
                    one(s, "group", IxAlgorithms::dhGroup), lifetime);
        }

        private static Suite ipsecSuite(IpsecProposal p) {
            Statement s = p.statement();
            return new Suite(one(s, "encryption", IxAlgorithms::espCipher), one(s, "integrity", IxAlgorithms::integrity),
                    List.of(), one(s, "lifetime", CryptoOffers::integer).stream().findFirst().orElse(null));
        }
    }

    private static PeerOffer ikev2Offer(IxConfig config, String peer, Interface iface) {
        Ikev2Profile profile = iface.ikev2Profile() != null ? config.ikev2Profiles().get(iface.ikev2Profile())
                : config.ikev2Profiles().get("default");
        Ikev2Lines fromProfile = new Ikev2Lines();
        if (profile != null) {
            for (Statement m : profile.statement().children()) {
                if (m.placement() != Placement.IN_BLOCK || m.commandId() == null || m.negated()) {
                    continue;
                }
                switch (m.commandId()) {
                    case "ikev2.sa-proposal" -> fromProfile.proposal("sa-proposal", m.argWord("part"), m.argWords("algorithms"));
                    case "ikev2.child-proposal" -> fromProfile.proposal("child-proposal", m.argWord("part"), m.argWords("algorithms"));
                    case "ikev2.child-pfs" -> fromProfile.childPfs = m.argWord("group");
                    case "ikev2.sa-lifetime" -> fromProfile.saLifetime = m.argWord("seconds");
                    case "ikev2.child-lifetime" -> fromProfile.childLifetime = m.argWord("seconds");
                    default -> {
                    }
                }
            }
        }
        // Algorithms written on the interface itself (`ikev2 sa-proposal ...`) take precedence.
        Ikev2Lines onInterface = new Ikev2Lines();
        for (Statement m : iface.members()) {
            if (!m.is("interface.ikev2-other") || m.negated() || m.arg("setting") == null) {
                continue;
            }
            List<Word> options = m.argWords("options");
            Word first = options.isEmpty() ? null : options.get(0);
            switch (m.arg("setting")) {
                case "sa-proposal", "child-proposal" -> onInterface.proposal(m.arg("setting"), first,
                        options.isEmpty() ? List.of() : options.subList(1, options.size()));
                case "child-pfs" -> onInterface.childPfs = first;
                case "sa-lifetime" -> onInterface.saLifetime = first;
                case "child-lifetime" -> onInterface.childLifetime = first;
                default -> {
                }
            }
        }
        Ikev2Lines l = onInterface.over(fromProfile);
        Suite phase1 = new Suite(offered(l.saEnc, IxAlgorithms::ikev2Cipher), offered(l.saInteg, IxAlgorithms::integrity),
                offered(l.saDh, IxAlgorithms::dhGroup), l.saLifetime == null ? null : offeredOne(l.saLifetime, CryptoOffers::integer));
        List<Word> pfs = l.childPfs == null || l.childPfs.text().equals("off") ? List.of() : List.of(l.childPfs);
        Suite phase2 = new Suite(offered(l.childEnc, IxAlgorithms::ikev2Cipher),
                offered(l.childInteg, IxAlgorithms::integrity), offered(pfs, IxAlgorithms::dhGroup),
                l.childLifetime == null ? null : offeredOne(l.childLifetime, CryptoOffers::integer));
        Statement peerLine = iface.member("interface.ikev2-peer");
        Range versionRange = peerLine != null ? peerLine.range() : iface.opener().range();
        return new PeerOffer(peer, "ikev2", versionRange, null, List.of(phase1), List.of(phase2), true);
    }

    /** IKEv2 lines found in one place (a profile, or the tunnel interface). */
    private static final class Ikev2Lines {
        List<Word> saEnc = List.of();
        List<Word> saInteg = List.of();
        List<Word> saDh = List.of();
        List<Word> childEnc = List.of();
        List<Word> childInteg = List.of();
        Word childPfs;
        Word saLifetime;
        Word childLifetime;

        void proposal(String setting, Word part, List<Word> algorithms) {
            if (part == null) {
                return;
            }
            List<Word> a = List.copyOf(algorithms);
            switch (setting + " " + part.text()) {
                case "sa-proposal enc" -> saEnc = a;
                case "sa-proposal integrity" -> saInteg = a;
                case "sa-proposal dh" -> saDh = a;
                case "child-proposal enc" -> childEnc = a;
                case "child-proposal integrity" -> childInteg = a;
                default -> {
                }
            }
        }

        Ikev2Lines over(Ikev2Lines base) {
            Ikev2Lines out = new Ikev2Lines();
            out.saEnc = saEnc.isEmpty() ? base.saEnc : saEnc;
            out.saInteg = saInteg.isEmpty() ? base.saInteg : saInteg;
            out.saDh = saDh.isEmpty() ? base.saDh : saDh;
            out.childEnc = childEnc.isEmpty() ? base.childEnc : childEnc;
            out.childInteg = childInteg.isEmpty() ? base.childInteg : childInteg;
            out.childPfs = childPfs != null ? childPfs : base.childPfs;
            out.saLifetime = saLifetime != null ? saLifetime : base.saLifetime;
            out.childLifetime = childLifetime != null ? childLifetime : base.childLifetime;
            return out;
        }
    }

    /**
     * The values AWS would not agree to in one phase, or an empty list when the offer can be
     * negotiated (or the config does not say enough to tell). Aspects in {@code ignored} are
     * neither reported nor held against the offer.
     */
    public static List<Mismatch> check(PeerOffer offer, Phase phase, AwsAcceptance accepts, Set<Aspect> ignored) {
        List<Mismatch> out = new ArrayList<>();
        if (phase == Phase.IKE && !ignored.contains(Aspect.VERSION) && !accepts.versions().contains(offer.version())) {
            out.add(new Mismatch(phase, Aspect.VERSION, versionName(offer.version()), offer.versionRange(),
                    names(accepts.versions(), CryptoOffers::versionName)));
        }
        if (phase == Phase.IKE && !ignored.contains(Aspect.MODE) && offer.mode() != null
                && offer.mode().value().equals("aggressive")) {
            out.add(new Mismatch(phase, Aspect.MODE, offer.mode().text(), offer.mode().range(), "main"));
        }
        List<Suite> suites = phase == Phase.IKE ? offer.phase1() : offer.phase2();
        List<Mismatch> suiteMismatches = new ArrayList<>();
        for (Suite suite : suites) {
            List<Mismatch> m = check(suite, phase, offer.version(), accepts, ignored);
            if (m.isEmpty()) {
                return out; // AWS can pick this proposal
            }
            for (Mismatch x : m) {
                if (!suiteMismatches.contains(x)) {
                    suiteMismatches.add(x);
                }
            }
        }
        out.addAll(suiteMismatches);
        return out;
    }

    private static List<Mismatch> check(Suite s, Phase phase, String version, AwsAcceptance a, Set<Aspect> ignored) {
        List<Mismatch> out = new ArrayList<>();
        boolean ike = phase == Phase.IKE;
        if (!ignored.contains(Aspect.ENCRYPTION)) {
            Set<Cipher> accepted = ike ? a.phase1Ciphers() : a.phase2Ciphers();
            noneAccepted(s.ciphers(), accepted, phase, Aspect.ENCRYPTION, () -> names(accepted, Cipher::awsName), out);
        }
        if (!ignored.contains(Aspect.INTEGRITY)) {
            Set<Integrity> accepted = ike ? a.phase1Integrity() : a.phase2Integrity();
            noneAccepted(s.integrity(), accepted, phase, Aspect.INTEGRITY, () -> names(accepted, Integrity::awsName), out);
        }
        if (!ignored.contains(Aspect.GROUP)) {
            Set<Integer> groups = ike ? a.phase1Groups() : a.phase2Groups();
            noneAccepted(s.groups(), groups, phase, Aspect.GROUP, () -> groupNames(groups), out);
        }
        // IKEv1 proposes lifetimes and AWS refuses one above its own; IKEv2 does not negotiate them.
        int max = ike ? a.phase1Lifetime() : a.phase2Lifetime();
        if (!ignored.contains(Aspect.LIFETIME) && version.equals("ikev1") && s.lifetime() != null
                && s.lifetime().value() != null && s.lifetime().value() > max) {
            out.add(new Mismatch(phase, Aspect.LIFETIME, String.valueOf(s.lifetime().value()), s.lifetime().range(),
                    String.valueOf(max), !s.lifetime().text().isEmpty()));
        }
        return out;
    }

    /** Accepted names are spelt out only for a mismatch: most proposals have none. */
    private static <T> void noneAccepted(List<Offered<T>> offered, Set<T> accepted, Phase phase, Aspect aspect,
            Supplier<String> acceptedNames, List<Mismatch> out) {
        boolean known = false; // a value ixls knows the meaning of
        for (Offered<T> o : offered) {
            if (o.value() != null) {
                if (accepted.contains(o.value())) {
                    return;
                }
                known = true;
            }
        }
        if (!known) {
            return;
        }
        for (Offered<T> o : offered) {
            if (o.value() != null) {
                out.add(new Mismatch(phase, aspect, o.text(), o.range(), acceptedNames.get()));
            }
        }
    }

    /** {@code ikev1} as people write it: {@code IKEv1}. */
    private static String versionName(String version) {
        return "IKEv" + version.substring(version.length() - 1);
    }

    private static <T> String names(Set<T> values, Function<T, String> name) {
        return values.stream().map(name).sorted().collect(Collectors.joining(", "));
    }

    private static String groupNames(Set<Integer> groups) {
        Set<String> out = new LinkedHashSet<>();
        groups.stream().sorted().forEach(g -> {
            String keyword = IxAlgorithms.groupKeyword(g);
            out.add(keyword != null ? g + " (" + keyword + ")" : String.valueOf(g));
        });
        return String.join(", ", out);
    }

    private static <T> List<Offered<T>> one(Statement s, String arg, Function<String, T> meaning) {
        Word w = s.argWord(arg);
        return w == null ? List.of() : List.of(new Offered<>(meaning.apply(w.text()), w.text(), w.range()));
    }

    private static <T> List<Offered<T>> offered(List<Word> words, Function<String, T> meaning) {
        return words.stream().map(w -> new Offered<>(meaning.apply(w.text()), w.text(), w.range())).toList();
    }

    private static <T> Offered<T> offeredOne(Word w, Function<String, T> meaning) {
        return new Offered<>(meaning.apply(w.text()), w.text(), w.range());
    }

    private static Integer integer(String text) {
        return dev.ixls.syntax.Digits.parse(text, 9);
    }
}
