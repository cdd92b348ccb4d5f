package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.aws.CiscoBlocks.AddressFamily;
import dev.ixls.aws.CiscoBlocks.BgpNeighbor;
import dev.ixls.aws.CiscoBlocks.BgpRouter;
import dev.ixls.aws.CiscoBlocks.CryptoMapEntry;
import dev.ixls.aws.CiscoBlocks.IgnoredBlock;
import dev.ixls.aws.CiscoBlocks.Ikev2Peer;
import dev.ixls.aws.CiscoBlocks.Ikev2Policy;
import dev.ixls.aws.CiscoBlocks.Ikev2Profile;
import dev.ixls.aws.CiscoBlocks.Ikev2Proposal;
import dev.ixls.aws.CiscoBlocks.IpSla;
import dev.ixls.aws.CiscoBlocks.IpsecProfile;
import dev.ixls.aws.CiscoBlocks.IsakmpPolicy;
import dev.ixls.aws.CiscoBlocks.IsakmpProfile;
import dev.ixls.aws.CiscoBlocks.Keepalive;
import dev.ixls.aws.CiscoBlocks.KeyEntry;
import dev.ixls.aws.CiscoBlocks.Keyring;
import dev.ixls.aws.CiscoBlocks.SlaProbe;
import dev.ixls.aws.CiscoBlocks.TransformSet;
import dev.ixls.aws.CiscoBlocks.TunnelInterface;
import dev.ixls.grammar.CiscoSampleLexer;
import dev.ixls.grammar.CiscoSampleParser;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.syntax.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Reads the Cisco IOS sample (IKEv1 or IKEv2 rendering, as downloaded or with its line breaks
 * lost) and the Cisco ASA sample (route-based VTI or policy-based crypto map) with the
 * {@code CiscoSample} grammar, then walks the lines to collect each tunnel's facts. IKEv2 ties a
 * tunnel to its {@code crypto ikev2 profile} by {@code match identity remote address}; ASA to its
 * {@code tunnel-group ADDRESS ipsec-attributes} by address and, when policy-based, to the
 * {@code crypto map} entry that names it as a peer (such a tunnel has no inside addresses).
 *
 * <p>IOS blocks ({@code crypto keyring}, {@code interface Tunnel1}, {@code router bgp}, ...) are
 * followed by position, not indentation: a block opens with its command and ends at
 * {@code exit} or at the next top-level command. Tunnels are identified by their AWS outside
 * address and tied together by what the sample itself links: the keyring's
 * {@code pre-shared-key address}, the interface's {@code tunnel destination} and
 * {@code tunnel protection ipsec profile}, the profile's {@code set transform-set}, and BGP
 * neighbors or SLA probes by the inside /30 they fall in. The one link IOS does not state, from
 * an ISAKMP policy to a tunnel, is the sample's order: the policy a keyring follows.
 */
final class CiscoSampleReader {

    private static final Pattern CONNECTION_ID_IN_NAME =
            Pattern.compile("(?:keyring|isakmp|ipsec-prop|ipsec)-(vpn-[0-9a-f]{8,17})-[0-9]+");
    private static final Pattern NAME_SUFFIX = Pattern.compile(".*-([0-9]+)");
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,10}");

    private CiscoSampleReader() {
    }

    static AwsSample read(String text) throws SampleFormatException {
        return read(text, true);
    }

    /**
     * @param mayBeFlattened whether lines holding several commands are re-broken (the IOS sample
     *                       copied from a web page); not for the ASA sample, whose
     *                       {@code crypto map NAME 1 set peer ...} lines hold one command each
     */
    static AwsSample read(String text, boolean mayBeFlattened) throws SampleFormatException {
        SourceText source = new SourceText(text);
        List<String> sourceLines = new ArrayList<>(source.lineCount());
        for (int i = 0; i < source.lineCount(); i++) {
            sourceLines.add(source.line(i));
        }
        CiscoLineBreaker.Result broken = mayBeFlattened ? CiscoLineBreaker.rebreak(sourceLines)
                : CiscoLineBreaker.asIs(sourceLines);
        List<SampleLine> lines = parse(broken.lines());
        Walk walk = new Walk();
        for (SampleLine line : lines) {
            walk.accept(line);
        }
        SampleFormat format = broken.flattened() ? SampleFormat.CISCO_IOS_FLATTENED : SampleFormat.CISCO_IOS;
        return walk.assemble(format);
    }

    // ---- Parsing: the grammar gives each line its kind and words. ----

    private enum Kind {
        BLANK, RULER, TUNNEL_HEADING, SECTION_HEADING, HEADER_FIELD, COMMENT, COMMAND
    }

    /** One parsed line: its kind, its words (for a command or heading), or label and value for a header field. */
    private record SampleLine(int sourceLine, Kind kind, List<String> words, String label, String value) {
    }

    private static List<SampleLine> parse(List<CiscoLineBreaker.BrokenLine> brokenLines) throws SampleFormatException {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < brokenLines.size(); i++) {
            if (i > 0) {
                joined.append('\n');
            }
            joined.append(brokenLines.get(i).text());
        }
        CiscoSampleLexer lexer = new CiscoSampleLexer(CharStreams.fromString(joined.toString()));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        CiscoSampleParser parser = new CiscoSampleParser(tokens);
        parser.removeErrorListeners();
        List<String> errors = new ArrayList<>();
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line,
                    int charPositionInLine, String msg, RecognitionException e) {
                errors.add(String.valueOf(line));
            }
        });
        CiscoSampleParser.SampleContext tree = parser.sample();
        if (!errors.isEmpty()) {
            // The grammar accepts every input; this guards against a grammar change breaking that.
            throw new SampleFormatException(Messages.text("aws.cisco.notParsed", "line", errors.get(0)));
        }
        List<CiscoSampleParser.LineContext> lineContexts = tree.line();
        List<SampleLine> lines = new ArrayList<>(lineContexts.size());
        for (int i = 0; i < lineContexts.size() && i < brokenLines.size(); i++) {
            lines.add(toLine(lineContexts.get(i), brokenLines.get(i).sourceLine(), tokens));
        }
        return lines;
    }

    private static SampleLine toLine(CiscoSampleParser.LineContext ctx, int sourceLine, CommonTokenStream tokens) {
        if (ctx.ruler() != null) {
            return new SampleLine(sourceLine, Kind.RULER, List.of(), null, null);
        }
        if (ctx.tunnelHeading() != null) {
            return new SampleLine(sourceLine, Kind.TUNNEL_HEADING, words(ctx.tunnelHeading(), tokens), null, null);
        }
        if (ctx.sectionHeading() != null) {
            return new SampleLine(sourceLine, Kind.SECTION_HEADING, words(ctx.sectionHeading(), tokens), null, null);
        }
        if (ctx.headerField() != null) {
            CiscoSampleParser.HeaderFieldContext field = ctx.headerField();
            String label = String.join(" ", words(field.label(), tokens));
            String value = field.value() == null ? "" : tokens.getText(field.value().getSourceInterval()).strip();
            return new SampleLine(sourceLine, Kind.HEADER_FIELD, List.of(), label, value);
        }
        if (ctx.comment() != null) {
            return new SampleLine(sourceLine, Kind.COMMENT, List.of(), null, null);
        }
        if (ctx.command() != null) {
            return new SampleLine(sourceLine, Kind.COMMAND, words(ctx.command(), tokens), null, null);
        }
        return new SampleLine(sourceLine, Kind.BLANK, List.of(), null, null);
    }

    /** The rule's visible tokens, with tokens that touch (no space between) joined into one word. */
    private static List<String> words(ParserRuleContext ctx, CommonTokenStream tokens) {
        List<String> words = new ArrayList<>();
        if (ctx.getStart() == null || ctx.getStop() == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        int previousStop = Integer.MIN_VALUE;
        for (int i = ctx.getStart().getTokenIndex(); i <= ctx.getStop().getTokenIndex(); i++) {
            Token token = tokens.get(i);
            if (token.getChannel() != Token.DEFAULT_CHANNEL || token.getType() == Token.EOF) {
                continue;
            }
            if (token.getStartIndex() != previousStop + 1 && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
            word.append(token.getText());
            previousStop = token.getStopIndex();
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    /** A keyword's value the reader does not know: {@code line 12: encryption 'foo' is not understood}. */
    private static LocalizedText notUnderstood(int line, String keyword, String value) {
        return Messages.text("aws.notUnderstood", "where", Messages.text("aws.line", "line", line + 1),
                "item", keyword, "value", QuotedValue.of(value));
    }

    /** A block of a tunnel: {@code tunnel 1 (AWS 203.0.113.1): crypto isakmp policy 200}. */
    private static LocalizedText partOf(LocalizedText tunnel, String block, String name) {
        return Messages.text("aws.partOf", "whole", tunnel, "part",
                Messages.text("aws.cisco.block", "block", block, "name", QuotedValue.name(name)));
    }

    // ---- Walking: collect the blocks the sample defines (CiscoBlocks). ----

    private static final class Walk {
        String headerConnectionId;
        String nameConnectionId;
        final List<IsakmpPolicy> policies = new ArrayList<>();
        final List<Keyring> keyrings = new ArrayList<>();
        final Map<String, IsakmpProfile> isakmpProfiles = new LinkedHashMap<>();
        final Map<String, TransformSet> transformSets = new LinkedHashMap<>();
        final Map<String, IpsecProfile> ipsecProfiles = new LinkedHashMap<>();
        final List<TunnelInterface> interfaces = new ArrayList<>();
        final List<BgpRouter> routers = new ArrayList<>();
        final List<SlaProbe> slaProbes = new ArrayList<>();
        /** {@code crypto isakmp keepalive} is global, and the sample repeats it in each tunnel's section. */
        final List<Keepalive> keepalives = new ArrayList<>();
        final Map<String, Ikev2Proposal> ikev2Proposals = new LinkedHashMap<>();
        final List<Ikev2Policy> ikev2Policies = new ArrayList<>();
        final Map<String, Ikev2Profile> ikev2Profiles = new LinkedHashMap<>();
        final Map<String, CryptoMapEntry> cryptoMaps = new LinkedHashMap<>();
        /** {@code access-list NAME extended permit ip any DEST MASK} lines (ASA), by name: the VPC CIDR a crypto map matches. */
        final Map<String, List<String>> accessLists = new LinkedHashMap<>();
        /** ASA {@code sysopt connection tcpmss N}: the MSS of every tunnel. */
        Integer globalMss;
        int globalMssLine = -1;
        /** ASA {@code tunnel-group X type ipsec-l2l} whose X is a placeholder ({@code AWS_ENDPOINT_1}), for the error message. */
        final Set<String> placeholderEndpoints = new LinkedHashSet<>();
        boolean asa;
        /** AWS outside addresses in order of first mention. */
        final Set<String> awsAddresses = new LinkedHashSet<>();
        int commandCount;

        /** The open block, and the block it is nested in (address-family inside router bgp). */
        Object block;
        Object outerBlock;

        void accept(SampleLine line) {
            switch (line.kind()) {
                case HEADER_FIELD -> header(line);
                case COMMAND -> command(line.words(), line.sourceLine());
                default -> {
                    // rulers, headings, comments and blank lines carry no facts: routing is STATIC
                    // when no `router bgp` names a neighbor, whatever section #4 is called
                }
            }
        }

        private void header(SampleLine line) {
            String label = line.label().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (label.equals("your vpn connection id") && line.value().matches("vpn-[0-9a-fA-F]{8,17}")) {
                headerConnectionId = line.value();
            }
        }

        private void command(List<String> w, int line) {
            commandCount++;
            noteConnectionId(w);
            String first = w.get(0);
            if (first.equals("exit")) {
                block = outerBlock;
                outerBlock = null;
                return;
            }
            if (first.equals("exit-address-family")) {
                if (block instanceof AddressFamily) {
                    block = outerBlock;
                    outerBlock = null;
                }
                return;
            }
            if (first.equals("end")) {
                block = null;
                outerBlock = null;
                return;
            }
            if (isTopLevel(w)) {
                block = null;
                outerBlock = null;
                topLevel(w, line);
                return;
            }
            if (block instanceof IsakmpPolicy policy) {
                policyCommand(policy, w, line);
            } else if (block instanceof Ikev2Peer peer) {
                ikev2PeerCommand(peer, w, line);
            } else if (block instanceof Keyring keyring && keyring.ikev2) {
                if (first.equals("peer")) {
                    outerBlock = keyring;
                    block = new Ikev2Peer(keyring);
                }
            } else if (block instanceof Ikev2Proposal proposal) {
                ikev2ProposalCommand(proposal, w, line);
            } else if (block instanceof Ikev2Policy policy) {
                if (first.equals("proposal")) {
                    policy.proposals.addAll(w.subList(1, w.size()));
                }
            } else if (block instanceof Ikev2Profile profile) {
                ikev2ProfileCommand(profile, w, line);
            } else if (block instanceof Keyring keyring) {
                keyringCommand(keyring, w, line);
            } else if (block instanceof IsakmpProfile profile) {
                isakmpProfileCommand(profile, w, line);
            } else if (block instanceof IpsecProfile profile) {
                ipsecProfileCommand(profile, w);
            } else if (block instanceof TunnelInterface tunnel) {
                interfaceCommand(tunnel, w, line);
            } else if (block instanceof BgpRouter router) {
                if (first.equals("address-family")) {
                    outerBlock = router;
                    block = new AddressFamily(router);
                } else {
                    bgpCommand(router, w, line);
                }
            } else if (block instanceof AddressFamily family) {
                bgpCommand(family.router(), w, line);
            } else if (block instanceof IpSla) {
                if (first.equals("icmp-echo") && w.size() > 1 && Ipv4.isAddress(w.get(1))) {
                    slaProbes.add(new SlaProbe(w.get(1)));
                }
            }
            // Anything else (transform-set `mode tunnel`, unknown commands) carries no facts.
        }

        private void noteConnectionId(List<String> w) {
            if (nameConnectionId != null) {
                return;
            }
            for (String word : w) {
                Matcher m = CONNECTION_ID_IN_NAME.matcher(word);
                if (m.matches()) {
                    nameConnectionId = m.group(1);
                    return;
                }
            }
        }

        private static boolean isTopLevel(List<String> w) {
            String first = w.get(0);
            return first.equals("crypto") || first.equals("interface") || first.equals("router")
                    || first.equals("track") || first.equals("hostname") || first.equals("tunnel-group")
                    || first.equals("sysopt") || first.equals("access-list") || first.equals("group-policy")
                    || first.equals("sla") || first.equals("icmp")
                    || first.equals("ip") && w.size() > 1 && (w.get(1).equals("sla") || w.get(1).equals("route"));
        }

        private void topLevel(List<String> w, int line) {
            String a = word(w, 1);
            String b = word(w, 2);
            String c = word(w, 3);
            switch (w.get(0)) {
                case "crypto" -> {
                    if ("ikev2".equals(a)) {
                        ikev2TopLevel(w, line);
                    } else if ("map".equals(a)) {
                        cryptoMap(w, line);
                    } else if ("ikev1".equals(a) && "policy".equals(b) && c != null) {
                        // ASA: `crypto ikev1 policy 200` is the IOS `crypto isakmp policy 200`
                        IsakmpPolicy policy = new IsakmpPolicy(c, line);
                        policies.add(policy);
                        block = policy;
                    } else if ("ipsec".equals(a) && "ikev1".equals(b) && "transform-set".equals(c) && word(w, 4) != null) {
                        // ASA: `crypto ipsec ikev1 transform-set NAME esp-aes esp-sha-hmac`
                        TransformSet set = new TransformSet(w.get(4), line);
                        transforms(set, w.subList(5, w.size()));
                        transformSets.put(w.get(4), set);
                        block = set;
                    } else if ("isakmp".equals(a) && "policy".equals(b) && c != null) {
                        IsakmpPolicy policy = new IsakmpPolicy(c, line);
                        policies.add(policy);
                        block = policy;
                    } else if ("isakmp".equals(a) && "profile".equals(b) && c != null) {
                        IsakmpProfile profile = isakmpProfiles.computeIfAbsent(c, IsakmpProfile::new);
                        block = profile;
                    } else if ("isakmp".equals(a) && "keepalive".equals(b)) {
                        keepalive(w, line);
                    } else if ("keyring".equals(a) && b != null) {
                        Keyring keyring = new Keyring(b, policies.isEmpty() ? null : policies.get(policies.size() - 1));
                        keyrings.add(keyring);
                        block = keyring;
                    } else if ("ipsec".equals(a) && "transform-set".equals(b) && c != null) {
                        TransformSet set = new TransformSet(c, line);
                        transforms(set, w.subList(4, w.size()));
                        transformSets.put(c, set);
                        block = set;
                    } else if ("ipsec".equals(a) && "profile".equals(b) && c != null) {
                        IpsecProfile profile = new IpsecProfile(c);
                        ipsecProfiles.put(c, profile);
                        block = profile;
                    }
                }
                case "tunnel-group" -> tunnelGroup(w, line);
                case "sysopt" -> {
                    // ASA: `sysopt connection tcpmss 1379`, global
                    if ("connection".equals(a) && "tcpmss".equals(b) && smallNumber(c) != null) {
                        globalMss = smallNumber(c);
                        globalMssLine = line;
                    }
                }
                case "access-list" -> accessList(w);
                case "interface" -> {
                    if (a != null) {
                        TunnelInterface tunnel = new TunnelInterface(a, line);
                        interfaces.add(tunnel);
                        block = tunnel;
                    }
                }
                case "router" -> {
                    if ("bgp".equals(a) && b != null) {
                        // `router bgp YOUR_BGP_ASN` in AWS's documented sample: still BGP, ASN to be supplied
                        Long asn = NUMBER.matcher(b).matches() ? Long.valueOf(b) : null;
                        BgpRouter router = new BgpRouter(asn, b, line);
                        routers.add(router);
                        block = router;
                    }
                }
                case "ip" -> {
                    if ("sla".equals(a) && b != null && NUMBER.matcher(b).matches()) {
                        block = new IpSla();
                    }
                }
                default -> {
                    // track, hostname, ip route: nothing to read
                }
            }
        }

        private void keepalive(List<String> w, int line) {
            keepalive(w, line, 3);
        }

        /**
         * {@code crypto isakmp keepalive 10 10 [on-demand|periodic]}, or as the seed article and the
         * ASA sample write it, {@code keepalive threshold 10 retry 10}; {@code at} is the interval's word.
         */
        private void keepalive(List<String> w, int line, int at) {
            String interval = word(w, at);
            if ("threshold".equals(interval)) {
                interval = word(w, at + 1);
            }
            if (interval != null && NUMBER.matcher(interval).matches()) {
                keepalives.add(new Keepalive(Integer.valueOf(interval), line));
            }
        }

        private static void policyCommand(IsakmpPolicy policy, List<String> w, int line) {
            String a = word(w, 1);
            switch (w.get(0)) {
                case "encryption" -> {
                    policy.encryption = a == null ? null
                            : AlgorithmNames.ciscoIkeEncryption(a,
                                    AlgorithmNames.isCiscoKeySize(word(w, 2)) ? word(w, 2) : null);
                    if (policy.encryption == null) {
                        policy.problem = notUnderstood(line, "encryption", a);
                    }
                }
                case "hash" -> {
                    policy.hash = AlgorithmNames.ciscoHash(a);
                    if (policy.hash == null) {
                        policy.problem = notUnderstood(line, "hash", a);
                    }
                }
                case "group" -> policy.group = smallNumber(a);
                case "lifetime" -> policy.lifetime = smallNumber(a);
                default -> {
                    // authentication pre-share: the only method AWS offers
                }
            }
        }

        // ---- IKEv2 (IOS) ----

        private void ikev2TopLevel(List<String> w, int line) {
            String kind = word(w, 2);
            String name = word(w, 3);
            if (kind == null) {
                return;
            }
            switch (kind) {
                case "proposal" -> {
                    if (name != null) {
                        Ikev2Proposal proposal = new Ikev2Proposal(name, line);
                        ikev2Proposals.put(name, proposal);
                        block = proposal;
                    }
                }
                case "policy" -> {
                    if (name != null) {
                        Ikev2Policy policy = new Ikev2Policy(name, line);
                        ikev2Policies.add(policy);
                        block = policy;
                    }
                }
                case "keyring" -> {
                    if (name != null) {
                        Keyring keyring = new Keyring(name, null);
                        keyring.ikev2 = true;
                        keyrings.add(keyring);
                        block = keyring;
                    }
                }
                case "profile" -> {
                    if (name != null) {
                        Ikev2Profile profile = new Ikev2Profile(name, line);
                        ikev2Profiles.put(name, profile);
                        block = profile;
                    }
                }
                case "dpd" -> {
                    // global `crypto ikev2 dpd 10 10 on-demand`: the interval for profiles without their own
                    Integer interval = smallNumber(word(w, 3));
                    if (interval != null) {
                        keepalives.add(new Keepalive(interval, line));
                    }
                }
                default -> {
                    // crypto ikev2 nat, cookie-challenge, ...: nothing a tunnel needs
                }
            }
        }

        private static void ikev2ProposalCommand(Ikev2Proposal proposal, List<String> w, int line) {
            List<String> values = w.subList(1, w.size());
            switch (w.get(0)) {
                case "encryption" -> {
                    for (String v : values) {
                        Cipher c = AlgorithmNames.cipher(v);
                        if (c == null) {
                            proposal.problem = notUnderstood(line, "encryption", v);
                        } else if (!proposal.encryption.contains(c)) {
                            proposal.encryption.add(c);
                        }
                    }
                }
                case "integrity" -> {
                    for (String v : values) {
                        Integrity i = AlgorithmNames.integrity(v);
                        if (i == null) {
                            proposal.problem = notUnderstood(line, "integrity", v);
                        } else if (!proposal.integrity.contains(i)) {
                            proposal.integrity.add(i);
                        }
                    }
                }
                case "group" -> {
                    for (String v : values) {
                        Integer g = smallNumber(v);
                        if (g == null) {
                            proposal.problem = Messages.text("aws.cisco.groupNotNumber", "line", line + 1, "value", QuotedValue.of(v));
                        } else if (!proposal.groups.contains(g)) {
                            proposal.groups.add(g);
                        }
                    }
                }
                default -> {
                    // prf follows integrity on AWS: nothing of its own
                }
            }
        }

        private void ikev2PeerCommand(Ikev2Peer peer, List<String> w, int line) {
            switch (w.get(0)) {
                case "peer" -> block = new Ikev2Peer(peer.keyring); // a next peer without `exit`
                case "address" -> {
                    if (Ipv4.isAddress(word(w, 1))) {
                        peer.address = w.get(1);
                        awsAddresses.add(peer.address);
                    }
                }
                case "pre-shared-key" -> {
                    // pre-shared-key [local|remote] [0|6] KEY
                    int i = 1;
                    if ("local".equals(word(w, i)) || "remote".equals(word(w, i))) {
                        i++;
                    }
                    if (("0".equals(word(w, i)) || "6".equals(word(w, i))) && word(w, i + 1) != null) {
                        i++;
                    }
                    if (word(w, i) != null && (peer.key == null || "local".equals(word(w, 1)))) {
                        peer.key = w.get(i);
                        peer.keyLine = line;
                    }
                }
                default -> {
                    // description, identity: nothing to read
                }
            }
            if (!peer.added && peer.address != null && peer.key != null) {
                peer.keyring.keys.add(new KeyEntry(peer.address, new PresharedKey(peer.key), peer.keyLine));
                peer.added = true;
            }
        }

        private void ikev2ProfileCommand(Ikev2Profile profile, List<String> w, int line) {
            switch (w.get(0)) {
                case "match" -> {
                    // match identity remote address A.B.C.D [MASK] / match address local ADDRESS|interface IF
                    if ("identity".equals(word(w, 1)) && "remote".equals(word(w, 2)) && "address".equals(word(w, 3))
                            && Ipv4.isAddress(word(w, 4))) {
                        profile.identityAddress = w.get(4);
                        profile.identityLine = line;
                        awsAddresses.add(profile.identityAddress);
                    } else if ("address".equals(word(w, 1)) && "local".equals(word(w, 2)) && word(w, 3) != null) {
                        profile.localAddress = "interface".equals(word(w, 3)) && word(w, 4) != null ? word(w, 4) : word(w, 3);
                        profile.localAddressLine = line;
                    }
                }
                case "keyring" -> profile.keyring = "local".equals(word(w, 1)) ? word(w, 2) : word(w, 1);
                case "lifetime" -> profile.lifetime = smallNumber(word(w, 1));
                case "dpd" -> {
                    profile.dpdInterval = smallNumber(word(w, 1));
                    profile.dpdLine = line;
                }
                default -> {
                    // authentication local/remote pre-share: the only method AWS offers
                }
            }
        }

        // ---- Cisco ASA ----

        private void tunnelGroup(List<String> w, int line) {
            String address = word(w, 1);
            String what = word(w, 2);
            if (address == null || what == null) {
                return;
            }
            asa = true;
            if (!Ipv4.isAddress(address)) {
                if ("type".equals(what)) {
                    placeholderEndpoints.add(address);
                }
                block = new IgnoredBlock();
                return;
            }
            if ("type".equals(what)) {
                awsAddresses.add(address);
            } else if ("ipsec-attributes".equals(what)) {
                Keyring group = new Keyring("tunnel-group " + address,
                        policies.isEmpty() ? null : policies.get(policies.size() - 1));
                group.tunnelGroupAddress = address;
                keyrings.add(group);
                awsAddresses.add(address);
                block = group;
            } else {
                block = new IgnoredBlock(); // general-attributes: a group policy, nothing to read
            }
        }

        private void tunnelGroupCommand(Keyring group, List<String> w, int line) {
            // `ikev1 pre-shared-key KEY` (current samples) or `pre-shared-key KEY` (older ones)
            int at = w.get(0).equals("ikev1") || w.get(0).equals("ikev2") ? 1 : 0;
            if ("pre-shared-key".equals(word(w, at)) && word(w, at + 1) != null) {
                group.keys.add(new KeyEntry(group.tunnelGroupAddress, new PresharedKey(w.get(at + 1)), line));
            } else if (w.get(0).equals("isakmp") && "keepalive".equals(word(w, 1))) {
                keepalive(w.subList(1, w.size()), line, 1);
            }
        }

        /** {@code crypto map NAME SEQ match address ACL | set peer A B | set pfs groupN | set [ikev1] transform-set X | ...}. */
        private void cryptoMap(List<String> w, int line) {
            String name = word(w, 2);
            String seq = word(w, 3);
            String verb = word(w, 4);
            if (name == null || seq == null || verb == null || !NUMBER.matcher(seq).matches()) {
                return; // `crypto map NAME interface IF`: where it applies, nothing to read
            }
            asa = true;
            CryptoMapEntry entry = cryptoMaps.computeIfAbsent(name + " " + seq, k -> new CryptoMapEntry(k, line));
            String what = word(w, 5);
            if ("match".equals(verb) && "address".equals(what)) {
                entry.acl = word(w, 6);
            } else if ("set".equals(verb) && what != null) {
                switch (what) {
                    case "peer" -> {
                        for (String peer : w.subList(6, w.size())) {
                            entry.peers.add(peer);
                            if (Ipv4.isAddress(peer)) {
                                awsAddresses.add(peer);
                            } else {
                                placeholderEndpoints.add(peer);
                            }
                        }
                    }
                    case "pfs" -> entry.pfsGroup = AlgorithmNames.dhGroup(word(w, 6));
                    case "transform-set" -> entry.transformSet = word(w, 6);
                    case "ikev1" -> {
                        if ("transform-set".equals(word(w, 6))) {
                            entry.transformSet = word(w, 7);
                        }
                    }
                    case "security-association" -> {
                        if ("lifetime".equals(word(w, 6)) && "seconds".equals(word(w, 7))) {
                            entry.lifetime = smallNumber(word(w, 8));
                        }
                    }
                    default -> {
                        // set ikev2 ipsec-proposal, set nat-t-disable: nothing a tunnel needs
                    }
                }
            }
        }

        /** ASA {@code access-list NAME extended permit ip any|any4 DEST MASK}: the traffic a crypto map protects. */
        private void accessList(List<String> w) {
            String name = word(w, 1);
            if (name == null || !"extended".equals(word(w, 2)) || !"permit".equals(word(w, 3)) || !"ip".equals(word(w, 4))) {
                return;
            }
            int dest = "host".equals(word(w, 5)) ? 7 : 6;
            String address = word(w, dest);
            String mask = word(w, dest + 1);
            if (address != null) {
                accessLists.computeIfAbsent(name, k -> new ArrayList<>()).add(address + " " + (mask == null ? "" : mask));
            }
        }

        private void keyringCommand(Keyring keyring, List<String> w, int line) {
            if (keyring.tunnelGroupAddress != null) {
                tunnelGroupCommand(keyring, w, line);
                return;
            }
            switch (w.get(0)) {
                case "local-address" -> {
                    keyring.localAddress = word(w, 1);
                    keyring.localAddressLine = line;
                }
                case "pre-shared-key" -> {
                    // pre-shared-key address <ip> [<mask>] key [0|6] <key>
                    if (!"address".equals(word(w, 1)) || !Ipv4.isAddress(word(w, 2))) {
                        return;
                    }
                    int keyword = w.indexOf("key");
                    if (keyword < 0) {
                        return;
                    }
                    String key = word(w, keyword + 1);
                    if (("0".equals(key) || "6".equals(key)) && word(w, keyword + 2) != null) {
                        key = word(w, keyword + 2);
                    }
                    if (key != null) {
                        keyring.keys.add(new KeyEntry(w.get(2), new PresharedKey(key), line));
                        awsAddresses.add(w.get(2));
                    }
                }
                default -> {
                    // nothing else in a keyring carries facts
                }
            }
        }

        private void isakmpProfileCommand(IsakmpProfile profile, List<String> w, int line) {
            switch (w.get(0)) {
                case "match" -> {
                    if ("identity".equals(word(w, 1)) && "address".equals(word(w, 2)) && Ipv4.isAddress(word(w, 3))) {
                        profile.identityAddress = w.get(3);
                        profile.identityLine = line;
                        awsAddresses.add(w.get(3));
                    }
                }
                case "keyring" -> profile.keyring = word(w, 1);
                case "local-address" -> {
                    profile.localAddress = word(w, 1);
                    profile.localAddressLine = line;
                }
                default -> {
                    // nothing else carries facts
                }
            }
        }

        private static void transforms(TransformSet set, List<String> transforms) {
            for (int i = 0; i < transforms.size(); i++) {
                String t = transforms.get(i);
                if (t.endsWith("-hmac")) {
                    set.integrity = AlgorithmNames.ciscoEspIntegrity(t);
                    if (set.integrity == null) {
                        set.problem = Messages.text("aws.cisco.transformNotUnderstood", "value", QuotedValue.of(t));
                    }
                } else if (t.startsWith("esp-")) {
                    String size = i + 1 < transforms.size() && AlgorithmNames.isCiscoKeySize(transforms.get(i + 1))
                            ? transforms.get(i + 1) : null;
                    set.cipher = AlgorithmNames.ciscoEspCipher(t, size);
                    if (set.cipher == null) {
                        set.problem = Messages.text("aws.cisco.transformNotUnderstood", "value", QuotedValue.of(t));
                    }
                }
            }
        }

        private static void ipsecProfileCommand(IpsecProfile profile, List<String> w) {
            if (!w.get(0).equals("set")) {
                return;
            }
            String a = word(w, 1);
            if ("pfs".equals(a)) {
                profile.pfsGroup = AlgorithmNames.dhGroup(word(w, 2));
            } else if ("security-association".equals(a) && "lifetime".equals(word(w, 2))
                    && "seconds".equals(word(w, 3))) {
                profile.lifetime = smallNumber(word(w, 4));
            } else if ("transform-set".equals(a)) {
                profile.transformSet = word(w, 2);
            } else if ("ikev1".equals(a) && "transform-set".equals(word(w, 2))) {
                profile.transformSet = word(w, 3); // ASA
            } else if ("ikev2-profile".equals(a)) {
                profile.ikev2Profile = word(w, 2);
            }
        }

        private void interfaceCommand(TunnelInterface tunnel, List<String> w, int line) {
            String a = word(w, 1);
            switch (w.get(0)) {
                case "ip" -> {
                    if ("address".equals(a)) {
                        tunnel.address = Ipv4.parse(word(w, 2));
                        tunnel.prefixLength = Ipv4.prefixLengthOfMask(word(w, 3));
                        tunnel.addressLine = line;
                        if (tunnel.address == null || tunnel.prefixLength == null) {
                            tunnel.problem = Messages.text("aws.cisco.interfaceAddressNotIpv4", "line", line + 1,
                                    "interface", QuotedValue.name(tunnel.name));
                        }
                    } else if ("tcp".equals(a) && "adjust-mss".equals(word(w, 2))) {
                        tunnel.mss = smallNumber(word(w, 3));
                        tunnel.mssLine = line;
                    }
                }
                case "tunnel" -> {
                    if ("source".equals(a)) {
                        // ASA writes `tunnel source interface 'outside_interface'`
                        tunnel.source = "interface".equals(word(w, 2)) && word(w, 3) != null ? word(w, 3) : word(w, 2);
                        tunnel.sourceLine = line;
                    } else if ("destination".equals(a) && Ipv4.isAddress(word(w, 2))) {
                        tunnel.destination = w.get(2);
                        tunnel.destinationLine = line;
                        awsAddresses.add(tunnel.destination);
                    } else if ("protection".equals(a) && "ipsec".equals(word(w, 2)) && "profile".equals(word(w, 3))) {
                        tunnel.protectionProfile = word(w, 4);
                    }
                }
                default -> {
                    // ip virtual-reassembly, no shutdown: nothing to read
                }
            }
        }

        private static void bgpCommand(BgpRouter router, List<String> w, int line) {
            if (!w.get(0).equals("neighbor") || !Ipv4.isAddress(word(w, 1))) {
                return;
            }
            BgpNeighbor neighbor = router.neighbor(w.get(1));
            String a = word(w, 2);
            if ("remote-as".equals(a) && word(w, 3) != null && NUMBER.matcher(w.get(3)).matches()) {
                if (neighbor.remoteAs == null) {
                    neighbor.remoteAsLine = line;
                }
                neighbor.remoteAs = Long.parseLong(w.get(3));
            } else if ("timers".equals(a)) {
                Integer hold = smallNumber(word(w, 4));
                if (hold != null) {
                    if (neighbor.holdTime == null) {
                        neighbor.holdTimeLine = line;
                    }
                    neighbor.holdTime = hold;
                }
            }
        }

        // ---- Assembly ----

        AwsSample assemble(SampleFormat format) throws SampleFormatException {
            if (awsAddresses.isEmpty()) {
                if (commandCount == 0) {
                    throw new SampleFormatException(Messages.text("aws.cisco.noCommands"));
                }
                if (!placeholderEndpoints.isEmpty()) {
                    throw new SampleFormatException(Messages.text("aws.cisco.placeholderEndpoints", "endpoints",
                            LocalizedText.joined(placeholderEndpoints.stream().map(p -> Placeholders.isPlaceholder(p)
                                    ? new LocalizedText(p, p) : QuotedValue.of(p)).toList(), ", ", ", ")));
                }
                throw new SampleFormatException(Messages.text("aws.cisco.noEndpoint"));
            }
            if (awsAddresses.size() > 2) {
                throw new SampleFormatException(Messages.text("aws.cisco.tooManyEndpoints", "count", awsAddresses.size(),
                        "addresses", awsAddresses.toString()));
            }
            List<TunnelDraft> drafts = new ArrayList<>();
            Map<TunnelDraft, TunnelInterface> interfaceOf = new LinkedHashMap<>();
            int number = 0;
            for (String address : awsAddresses) {
                number++;
                TunnelDraft draft = new TunnelDraft();
                draft.awsOutsideAddress = address;
                LocalizedText name = draft.describe(number);
                Keyring keyring = keys(draft, name);
                if (draft.presharedKey == null) {
                    throw new SampleFormatException(Messages.text("aws.tunnel.noKey", "tunnel", name));
                }
                CryptoMapEntry map = cryptoMapFor(address);
                if (map != null && interfaces.stream().noneMatch(i -> address.equals(i.destination))) {
                    // policy-based (ASA crypto map): no tunnel interface, so no inside addresses
                    draft.insideNotStated = true;
                } else {
                    tunnelInterface(draft, name, interfaceOf);
                }
                if (draft.tcpMss == null && globalMss != null) {
                    draft.tcpMss = globalMss; // ASA: `sysopt connection tcpmss`, for every tunnel
                    draft.line(SampleField.TCP_MSS, globalMssLine);
                }
                Ikev2Profile ikev2 = ikev2ProfileFor(draft, keyring);
                if (ikev2 != null) {
                    ikev2(draft, name, ikev2);
                } else {
                    ike(draft, name, keyring);
                }
                if (map != null && interfaceOf.get(draft) == null) {
                    ipsecFromMap(draft, name, map);
                } else {
                    ipsec(draft, name, keyring, interfaceOf.get(draft));
                }
                Keepalive keepalive = keepaliveFor(interfaceOf.get(draft), keyring);
                if (keepalive != null && draft.dpdIntervalSeconds == null) {
                    draft.dpdIntervalSeconds = keepalive.interval();
                    draft.line(SampleField.DPD, keepalive.line());
                }
                drafts.add(draft);
            }
            boolean bgp = routing(drafts);
            List<SampleNote> notes = new ArrayList<>();
            List<AwsTunnel> tunnels = TunnelDraft.buildAll(drafts, notes);
            vpcCidrNotes(notes);
            String id = headerConnectionId != null ? headerConnectionId : nameConnectionId;
            SampleFormat f = asa ? SampleFormat.CISCO_ASA : format;
            return new AwsSample(id, bgp ? Routing.BGP : Routing.STATIC, f, tunnels, notes);
        }

        /**
         * The keepalive of a tunnel: an ASA tunnel group's own, else the last one before its
         * interface (the sample repeats the global one in each tunnel's section), else the first.
         */
        private Keepalive keepaliveFor(TunnelInterface tunnel, Keyring keyring) {
            int end = tunnel != null ? tunnel.line : keyring != null && !keyring.keys.isEmpty()
                    ? keyring.keys.get(0).line() + 20 : Integer.MAX_VALUE;
            Keepalive found = keepalives.isEmpty() ? null : keepalives.get(0);
            for (Keepalive keepalive : keepalives) {
                if (keepalive.line() <= end) {
                    found = keepalive;
                }
            }
            return found;
        }

        private CryptoMapEntry cryptoMapFor(String address) {
            for (CryptoMapEntry entry : cryptoMaps.values()) {
                if (entry.peers.contains(address)) {
                    return entry;
                }
            }
            return null;
        }

        /** A policy-based tunnel's phase 2: the crypto map entry's transform set, PFS group and lifetime. */
        private void ipsecFromMap(TunnelDraft draft, LocalizedText name, CryptoMapEntry map) throws SampleFormatException {
            LocalizedText what = partOf(name, "crypto map", map.name);
            TransformSet set = map.transformSet == null ? null : transformSets.get(map.transformSet);
            if (set == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noTransformSet", "what", what));
            }
            if (set.problem != null) {
                throw new SampleFormatException(Messages.text("aws.in", "where", partOf(name, "transform-set", set.name),
                        "problem", set.problem));
            }
            if (set.cipher == null || set.integrity == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.transformSetIncomplete", "what",
                        partOf(name, "transform-set", set.name)));
            }
            if (map.pfsGroup == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noPfs", "what", what));
            }
            if (map.lifetime == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noIpsecLifetime", "what", what));
            }
            draft.ipsec = new IpsecParameters(List.of(set.cipher), List.of(set.integrity), List.of(map.pfsGroup),
                    map.lifetime);
            draft.line(SampleField.IPSEC, set.line);
        }

        /** The crypto map's ACL names the VPC CIDR, or the placeholder AWS leaves for it. */
        private void vpcCidrNotes(List<SampleNote> notes) {
            for (CryptoMapEntry entry : cryptoMaps.values()) {
                List<String> dests = entry.acl == null ? null : accessLists.get(entry.acl);
                if (dests == null) {
                    continue;
                }
                for (String dest : dests) {
                    String[] parts = dest.split(" ");
                    Integer length = parts.length > 1 ? Ipv4.prefixLengthOfMask(parts[1]) : null;
                    if (Ipv4.isAddress(parts[0]) && length != null) {
                        notes.add(SampleNote.of(SampleNote.Kind.VPC_CIDR_STATED, 0, entry.line, parts[0] + "/" + length));
                    } else if (!parts[0].equals("any") && !parts[0].equals("any4")) {
                        notes.add(SampleNote.of(SampleNote.Kind.VPC_CIDR_PLACEHOLDER, 0, entry.line, ""));
                    }
                }
            }
        }

        /** The IKEv2 profile of a tunnel: the one matching its address, or the one its IPsec profile names. */
        private Ikev2Profile ikev2ProfileFor(TunnelDraft draft, Keyring keyring) {
            for (Ikev2Profile profile : ikev2Profiles.values()) {
                if (draft.awsOutsideAddress.equals(profile.identityAddress)) {
                    return profile;
                }
            }
            if (keyring != null && keyring.ikev2) {
                for (Ikev2Profile profile : ikev2Profiles.values()) {
                    if (keyring.name.equals(profile.keyring)) {
                        return profile;
                    }
                }
            }
            return null;
        }

        /**
         * Phase 1 of an IKEv2 tunnel: the proposals of the IKEv2 policy (the one defined last before
         * the tunnel's profile, or the only one), the profile's lifetime and DPD.
         */
        private void ikev2(TunnelDraft draft, LocalizedText name, Ikev2Profile profile) throws SampleFormatException {
            Ikev2Policy policy = null;
            for (Ikev2Policy candidate : ikev2Policies) {
                if (candidate.line <= profile.line) {
                    policy = candidate;
                }
            }
            if (policy == null && ikev2Policies.size() == 1) {
                policy = ikev2Policies.get(0);
            }
            List<Ikev2Proposal> proposals = new ArrayList<>();
            if (policy != null) {
                for (String p : policy.proposals) {
                    Ikev2Proposal proposal = ikev2Proposals.get(p);
                    if (proposal == null) {
                        throw new SampleFormatException(Messages.text("aws.cisco.undefinedProposal", "tunnel", name,
                                "policy", QuotedValue.name(policy.name), "proposal", QuotedValue.name(p)));
                    }
                    proposals.add(proposal);
                }
            } else if (ikev2Proposals.size() == 1) {
                proposals.add(ikev2Proposals.values().iterator().next());
            }
            if (proposals.isEmpty()) {
                throw new SampleFormatException(Messages.text("aws.cisco.noIkev2Proposal", "tunnel", name));
            }
            List<Cipher> ciphers = new ArrayList<>();
            List<Integrity> integrity = new ArrayList<>();
            List<Integer> groups = new ArrayList<>();
            for (Ikev2Proposal p : proposals) {
                LocalizedText what = partOf(name, "crypto ikev2 proposal", p.name);
                if (p.problem != null) {
                    throw new SampleFormatException(Messages.text("aws.in", "where", what, "problem", p.problem));
                }
                if (p.encryption.isEmpty() || p.integrity.isEmpty() || p.groups.isEmpty()) {
                    throw new SampleFormatException(Messages.text("aws.cisco.proposalIncomplete", "what", what));
                }
                p.encryption.stream().filter(c -> !ciphers.contains(c)).forEach(ciphers::add);
                p.integrity.stream().filter(i -> !integrity.contains(i)).forEach(integrity::add);
                p.groups.stream().filter(g -> !groups.contains(g)).forEach(groups::add);
            }
            if (profile.lifetime == null) {
                throw new SampleFormatException(Messages.text("aws.noLifetime", "what",
                        partOf(name, "crypto ikev2 profile", profile.name)));
            }
            draft.ike = new IkeParameters(List.copyOf(ciphers), List.copyOf(integrity), List.copyOf(groups),
                    profile.lifetime, null, List.of("ikev2"));
            draft.line(SampleField.IKE, proposals.get(0).line);
            if (profile.dpdInterval != null) {
                draft.dpdIntervalSeconds = profile.dpdInterval;
                draft.line(SampleField.DPD, profile.dpdLine);
            }
            if (!draft.lines.containsKey(SampleField.AWS_OUTSIDE_ADDRESS)) {
                draft.line(SampleField.AWS_OUTSIDE_ADDRESS, profile.identityLine);
            }
            if (draft.customerOutsideAddress == null && profile.localAddress != null) {
                draft.customerOutsideAddress = profile.localAddress;
                draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, profile.localAddressLine);
            }
        }

        private Keyring keys(TunnelDraft draft, LocalizedText name) throws SampleFormatException {
            Keyring found = null;
            KeyEntry entry = null;
            for (Keyring keyring : keyrings) {
                for (KeyEntry key : keyring.keys) {
                    if (!key.address().equals(draft.awsOutsideAddress)) {
                        continue;
                    }
                    if (entry != null && !entry.key().equals(key.key())) {
                        throw new SampleFormatException(Messages.text("aws.cisco.twoKeys", "tunnel", name,
                                "first", entry.line() + 1, "second", key.line() + 1));
                    }
                    if (entry == null) {
                        entry = key;
                        found = keyring;
                    }
                }
            }
            if (entry != null) {
                draft.presharedKey = entry.key();
                draft.line(SampleField.PRESHARED_KEY, entry.line());
                draft.line(SampleField.AWS_OUTSIDE_ADDRESS, entry.line());
                draft.customerOutsideAddress = found.localAddress;
                draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, found.localAddressLine);
            }
            for (IsakmpProfile profile : isakmpProfiles.values()) {
                if (draft.awsOutsideAddress.equals(profile.identityAddress)) {
                    if (found == null && profile.keyring != null) {
                        // no key for this address, but the profile still names the tunnel's keyring
                        found = keyrings.stream().filter(k -> k.name.equals(profile.keyring)).findFirst().orElse(null);
                    }
                    if (!draft.lines.containsKey(SampleField.AWS_OUTSIDE_ADDRESS)) {
                        draft.line(SampleField.AWS_OUTSIDE_ADDRESS, profile.identityLine);
                    }
                    if (draft.customerOutsideAddress == null) {
                        draft.customerOutsideAddress = profile.localAddress;
                        draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, profile.localAddressLine);
                    }
                    if (found != null && profile.keyring != null && !profile.keyring.equals(found.name)) {
                        throw new SampleFormatException(Messages.text("aws.cisco.keyringMismatch", "tunnel", name,
                                "profile", QuotedValue.name(profile.name), "keyring", QuotedValue.name(profile.keyring),
                                "address", draft.awsOutsideAddress, "found", QuotedValue.name(found.name)));
                    }
                }
            }
            return found;
        }

        private void tunnelInterface(TunnelDraft draft, LocalizedText name, Map<TunnelDraft, TunnelInterface> interfaceOf)
                throws SampleFormatException {
            TunnelInterface tunnel = null;
            for (TunnelInterface candidate : interfaces) {
                if (draft.awsOutsideAddress.equals(candidate.destination)) {
                    if (tunnel != null) {
                        throw new SampleFormatException(Messages.text("aws.cisco.twoInterfaces", "tunnel", name,
                                "first", QuotedValue.name(tunnel.name), "second", QuotedValue.name(candidate.name)));
                    }
                    tunnel = candidate;
                }
            }
            if (tunnel == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noInterface", "tunnel", name,
                        "address", draft.awsOutsideAddress));
            }
            if (tunnel.problem != null) {
                throw new SampleFormatException(tunnel.problem);
            }
            if (tunnel.address == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.interfaceNoAddress", "tunnel", name,
                        "interface", QuotedValue.name(tunnel.name)));
            }
            draft.insideNetwork = InsideNetwork.of(tunnel.address, tunnel.prefixLength);
            if (draft.insideNetwork == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.interfaceNotSlash30", "tunnel", name,
                        "interface", QuotedValue.name(tunnel.name), "prefix", tunnel.prefixLength));
            }
            draft.customerInsideAddress = tunnel.address;
            draft.line(SampleField.INSIDE_ADDRESSES, tunnel.addressLine);
            if (draft.lines.get(SampleField.AWS_OUTSIDE_ADDRESS) == null) {
                draft.line(SampleField.AWS_OUTSIDE_ADDRESS, tunnel.destinationLine);
            }
            if (tunnel.source != null && (draft.customerOutsideAddress == null || Ipv4.isAddress(tunnel.source))) {
                draft.customerOutsideAddress = tunnel.source;
                draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, tunnel.sourceLine);
            }
            if (tunnel.mss != null) {
                draft.tcpMss = tunnel.mss;
                draft.line(SampleField.TCP_MSS, tunnel.mssLine);
            }
            interfaceOf.put(draft, tunnel);
        }

        private void ike(TunnelDraft draft, LocalizedText name, Keyring keyring) throws SampleFormatException {
            IsakmpPolicy policy = keyring == null ? null : keyring.precedingPolicy;
            if (policy == null && policies.size() == 1) {
                policy = policies.get(0);
            }
            if (policy == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noIsakmpPolicy", "tunnel", name));
            }
            LocalizedText what = partOf(name, "crypto isakmp policy", policy.number);
            if (policy.problem != null) {
                throw new SampleFormatException(Messages.text("aws.in", "where", what, "problem", policy.problem));
            }
            if (policy.encryption == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noEncryption", "what", what));
            }
            if (policy.hash == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noHash", "what", what));
            }
            if (policy.group == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noGroup", "what", what));
            }
            if (policy.lifetime == null) {
                throw new SampleFormatException(Messages.text("aws.noLifetime", "what", what));
            }
            draft.ike = new IkeParameters(List.of(policy.encryption), List.of(policy.hash), List.of(policy.group),
                    policy.lifetime, "main", List.of("ikev1"));
            draft.line(SampleField.IKE, policy.line);
        }

        private void ipsec(TunnelDraft draft, LocalizedText name, Keyring keyring, TunnelInterface tunnel)
                throws SampleFormatException {
            IpsecProfile profile = null;
            if (tunnel.protectionProfile != null) {
                profile = ipsecProfiles.get(tunnel.protectionProfile);
                if (profile == null) {
                    throw new SampleFormatException(Messages.text("aws.cisco.undefinedIpsecProfile", "tunnel", name,
                            "interface", QuotedValue.name(tunnel.name), "profile",
                            QuotedValue.name(tunnel.protectionProfile)));
                }
            }
            if (profile == null && keyring != null) {
                profile = sameSuffix(keyring.name, ipsecProfiles);
            }
            if (profile == null && ipsecProfiles.size() == 1) {
                profile = ipsecProfiles.values().iterator().next();
            }
            if (profile == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noIpsecProfile", "tunnel", name,
                        "interface", QuotedValue.name(tunnel.name)));
            }
            TransformSet set = profile.transformSet == null ? null : transformSets.get(profile.transformSet);
            if (set == null && profile.transformSet == null && transformSets.size() == 1) {
                set = transformSets.values().iterator().next();
            }
            LocalizedText what = partOf(name, "crypto ipsec profile", profile.name);
            if (set == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noTransformSet", "what", what));
            }
            if (set.problem != null) {
                throw new SampleFormatException(Messages.text("aws.in", "where", partOf(name, "crypto ipsec transform-set", set.name),
                        "problem", set.problem));
            }
            if (set.cipher == null || set.integrity == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.transformSetIncomplete", "what",
                        partOf(name, "crypto ipsec transform-set", set.name)));
            }
            if (profile.pfsGroup == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noPfs", "what", what));
            }
            if (profile.lifetime == null) {
                throw new SampleFormatException(Messages.text("aws.cisco.noIpsecLifetime", "what", what));
            }
            draft.ipsec = new IpsecParameters(List.of(set.cipher), List.of(set.integrity), List.of(profile.pfsGroup),
                    profile.lifetime);
            draft.line(SampleField.IPSEC, set.line);
        }

        private static <T> T sameSuffix(String name, Map<String, T> candidates) {
            Matcher own = NAME_SUFFIX.matcher(name);
            if (!own.matches()) {
                return null;
            }
            T found = null;
            for (Map.Entry<String, T> candidate : candidates.entrySet()) {
                Matcher other = NAME_SUFFIX.matcher(candidate.getKey());
                if (other.matches() && other.group(1).equals(own.group(1))) {
                    if (found != null) {
                        return null;
                    }
                    found = candidate.getValue();
                }
            }
            return found;
        }

        /** Ties BGP neighbors and SLA probes to tunnels by inside network; true when routing is BGP. */
        private boolean routing(List<TunnelDraft> drafts) throws SampleFormatException {
            boolean bgp = false;
            for (BgpRouter router : routers) {
                for (BgpNeighbor neighbor : router.neighbors.values()) {
                    int address = Ipv4.parse(neighbor.address);
                    TunnelDraft draft = drafts.stream().filter(d -> d.insideNetwork != null && d.insideNetwork.contains(address)).findFirst()
                            .orElseThrow(() -> new SampleFormatException(Messages.text("aws.cisco.neighborOutside", "asn",
                                    router.asn != null ? new LocalizedText(String.valueOf(router.asn), String.valueOf(router.asn))
                                    : QuotedValue.of(router.written), "address", neighbor.address)));
                    bgp = true;
                    draft.awsInsideAddress = address;
                    draft.customerAsn = router.asn;
                    if (router.asn == null) {
                        draft.customerAsnPlaceholder = router.written;
                        draft.customerAsnPlaceholderLine = router.line;
                    }
                    draft.line(SampleField.CUSTOMER_ASN, router.line);
                    if (neighbor.remoteAs != null) {
                        draft.awsAsn = neighbor.remoteAs;
                        draft.line(SampleField.AWS_ASN, neighbor.remoteAsLine);
                    }
                    if (neighbor.holdTime != null) {
                        draft.holdTime = neighbor.holdTime;
                        draft.line(SampleField.HOLD_TIME, neighbor.holdTimeLine);
                    }
                }
            }
            for (SlaProbe probe : slaProbes) {
                int address = Ipv4.parse(probe.address());
                for (TunnelDraft draft : drafts) {
                    if (draft.insideNetwork != null && draft.insideNetwork.contains(address) && draft.awsInsideAddress == null) {
                        draft.awsInsideAddress = address;
                    }
                }
            }
            return bgp;
        }

        private static String word(List<String> w, int i) {
            return i < w.size() ? w.get(i) : null;
        }

        private static Integer smallNumber(String text) {
            if (text == null || !text.matches("[0-9]{1,9}")) {
                return null;
            }
            return Integer.valueOf(text);
        }
    }
}
