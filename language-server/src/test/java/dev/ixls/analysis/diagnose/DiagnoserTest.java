package dev.ixls.analysis.diagnose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCode;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.i18n.Language;
import dev.ixls.model.IxConfig;
import dev.ixls.model.IxConfigModelBuilder;
import dev.ixls.parse.IxConfigParser;
import dev.ixls.transcript.RunningConfig;
import dev.ixls.transcript.ShowTranscript;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each failure mode of test-fixtures/show diagnosed with the right cause, the lines behind it,
 * and no key anywhere; the seed article's transcripts diagnose as up.
 */
class DiagnoserTest {

    private static final String SAMPLE = "aws/seed-article-cisco-flattened.txt";
    private static final List<String> KEYS = List.of("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K", "HDGT8vg_Wvlkte1PKllP26ZK4k1vX8VE",
            "WrongKeyForTunnel2xxxxxxxxxxxxxx");

    private static IxConfig parse(String text) {
        return IxConfigModelBuilder.build(new IxConfigParser().parse(text));
    }

    /** The diagnosis of a fixture with a config file (or null: the transcript's own) and a sample (or null). */
    static TranscriptDiagnosis diagnose(String transcript, String config, String sample) {
        ShowTranscript t = ShowTranscript.read(Fixtures.read(transcript));
        ConfigSource source = null;
        for (RunningConfig rc : t.configs()) {
            IxConfig embedded = parse(rc.text());
            source = new ConfigSource(embedded, transcript, rc);
        }
        if (config != null) {
            IxConfig file = parse(Fixtures.read(config));
            source = new ConfigSource(file, config, null);
        }
        List<LinkedSample> samples = List.of();
        if (sample != null) {
            samples = readSample(sample).stream().map(s -> new LinkedSample(s, sample)).toList();
        }
        return Diagnoser.diagnose(new DiagnosisInput(t, transcript, source, samples, CommandCatalog.standard()));
    }

    private static List<AwsSample> readSample(String fixture) {
        try {
            return AwsSampleReader.readAll(Fixtures.read(fixture));
        } catch (dev.ixls.aws.SampleFormatException e) {
            throw new AssertionError(e);
        }
    }

    private static TunnelDiagnosis tunnel(TranscriptDiagnosis d, int number) {
        return d.tunnels().stream().filter(t -> t.number() == number).findFirst().orElseThrow();
    }

    /** Every text of a diagnosis in both languages, to look for keys. */
    private static String everything(TranscriptDiagnosis d) {
        StringBuilder sb = new StringBuilder();
        for (TunnelDiagnosis t : d.tunnels()) {
            for (Language l : Language.values()) {
                sb.append(t.message().get(l)).append('\n');
                if (t.fix() != null) {
                    sb.append(t.fix().get(l)).append('\n');
                }
                t.notes().forEach(n -> sb.append(n.get(l)).append('\n'));
                t.evidence().forEach(e -> sb.append(e.text()).append(' ').append(e.note() == null ? "" : e.note().get(l)).append('\n'));
            }
        }
        d.notes().forEach(n -> sb.append(n.message().en()).append(n.message().ja()));
        return sb.toString();
    }

    private static void assertNoKey(TranscriptDiagnosis d) {
        String all = everything(d);
        for (String key : KEYS) {
            assertFalse(all.contains(key), "a key leaked:\n" + all);
        }
    }

    private static List<String> quotes(TunnelDiagnosis t, Evidence.Source source) {
        return t.evidence().stream().filter(e -> e.source() == source).map(Evidence::text).toList();
    }

    @Test
    void theSeedArticlesTranscriptsDiagnoseAsUp() {
        for (String fixture : List.of("show/seed-article-flattened.txt", "show/seed-article-reconstructed.txt")) {
            TranscriptDiagnosis d = diagnose(fixture, "ix/seed-article.ix", SAMPLE);
            assertEquals(2, d.tunnels().size());
            assertTrue(d.allUp(), fixture + ": " + d.tunnels());
            TunnelDiagnosis one = tunnel(d, 1);
            assertEquals("Tunnel0.0", one.interfaceName());
            assertNull(one.code());
            assertEquals("Tunnel 1 (AWS 18.182.91.31) is up: IKE SA established, IPsec SAs in both directions on "
                    + "Tunnel0.0, 1 BGP route from AWS, 2 prefixes advertised to AWS and ping 169.254.128.173 answered.",
                    one.message().en());
            assertTrue(one.notes().get(0).en().contains("show ip bgp summary"), "BGP is not in the article: said so");
            assertEquals("Tunnel1.0", tunnel(d, 2).interfaceName());
            assertNoKey(d);
        }
    }

    @Test
    void withoutConfigOrSampleThePeersComeFromTheTranscript() {
        TranscriptDiagnosis d = diagnose("show/seed-article-reconstructed.txt", null, null);
        assertEquals(List.of("18.182.91.31", "52.198.204.130"), d.tunnels().stream().map(TunnelDiagnosis::peer).toList());
        assertTrue(d.allUp());
        assertTrue(tunnel(d, 1).message().en().startsWith("The tunnel to 18.182.91.31 is up"));
    }

    @Test
    void udpBlockedByTheWanFilter() {
        TranscriptDiagnosis d = diagnose("show/udp500-blocked.txt", "show/configs/seed-wan-filter.ix", SAMPLE);
        TunnelDiagnosis t = tunnel(d, 1);
        assertEquals(TunnelState.DOWN, t.state());
        assertEquals(RuleCode.IX701, t.code());
        assertTrue(t.message().en().contains("the filter on GigaEthernet0.0 drops UDP 500 from 18.182.91.31"), t.message().en());
        assertTrue(t.message().en().contains("IKE.016"), t.message().en());
        assertTrue(t.fix().en().contains("Permit UDP 500 and 4500"));
        assertEquals(4, quotes(t, Evidence.Source.TRANSCRIPT).size());
        assertTrue(quotes(t, Evidence.Source.CONFIG).contains("ip filter wan-in 1 in"));
        assertTrue(quotes(t, Evidence.Source.CONFIG).contains("ike policy ike-policy1 peer 18.182.91.31 key ******** ike-prop"));
        assertEquals(TunnelState.UP, tunnel(d, 2).state());
        assertNoKey(d);
    }

    @Test
    void hashErrorsNameThePolicyNeverTheKey() {
        TranscriptDiagnosis d = diagnose("show/psk-mismatch.txt", "show/configs/seed-wrong-key-2.ix", SAMPLE);
        TunnelDiagnosis t = tunnel(d, 2);
        assertEquals(RuleCode.IX702, t.code());
        assertEquals("Tunnel 2 (AWS 52.198.204.130) is down: the pre-shared key of IKE policy ike-policy2 does not match "
                + "AWS's (4 hash errors in phase 1).", t.message().en());
        assertTrue(t.message().ja().contains("ike-policy2"));
        assertEquals("The config's key for this peer differs from the AWS sample's (IX503).", t.notes().get(0).en());
        Evidence hash = t.evidence().stream().filter(e -> e.text() != null && e.text().startsWith("#ph1 hash err")).findFirst()
                .orElseThrow();
        assertEquals(t.anchor(), hash.range(), "reported at the hash error counter");
        assertTrue(t.evidence().stream().anyMatch(e -> e.source() == Evidence.Source.SAMPLE && e.text() == null));
        assertEquals(TunnelState.UP, tunnel(d, 1).state());
        assertNoKey(d);
    }

    @Test
    void theKeyOfTheOtherTunnelIsNamedAsTheMixUp() {
        TranscriptDiagnosis d = diagnose("show/psk-mismatch.txt", "ix/seed-article.ix", SAMPLE);
        assertEquals("The config's key matches the AWS sample's: the router may run another config, or the key was "
                + "changed in the AWS console after the sample was downloaded.", tunnel(d, 2).notes().get(0).en());
    }

    @Test
    void phase2FailureSaysWhichValuesDifferFromTheSample() {
        TranscriptDiagnosis d = diagnose("show/phase2-pfs-mismatch.txt", "show/configs/seed-no-pfs-2.ix", SAMPLE);
        TunnelDiagnosis t = tunnel(d, 2);
        assertEquals(RuleCode.IX704, t.code());
        assertTrue(t.message().en().contains("(5 failures)"), t.message().en());
        assertTrue(t.message().en().endsWith("What differs from the AWS sample: PFS: the config sets none, the AWS sample "
                + "sets group 2."), t.message().en());
        assertTrue(quotes(t, Evidence.Source.CONFIG)
                .contains("ipsec autokey-map ipsec-map2 sec-list peer 52.198.204.130 ipsec-prop"));
        // The seed article's own config offers what the sample has: the cause is then said to be elsewhere.
        TunnelDiagnosis same = tunnel(diagnose("show/phase2-pfs-mismatch.txt", "ix/seed-article.ix", SAMPLE), 2);
        assertTrue(same.message().en().contains("match the AWS sample; the tunnel options"), same.message().en());
    }

    @Test
    void bgpNotEstablishedSaysWhichValueDiffers() {
        TranscriptDiagnosis d = diagnose("show/bgp-not-established.txt", "show/configs/seed-wrong-remote-as-2.ix", SAMPLE);
        TunnelDiagnosis t = tunnel(d, 2);
        assertEquals(RuleCode.IX706, t.code());
        assertEquals("Tunnel 2 (AWS 52.198.204.130): IPsec is up but BGP with 169.254.251.133 is ACTIVE: remote-as is "
                + "65001, AWS's ASN is 64512.", t.message().en());
        Evidence row = t.evidence().get(0);
        assertEquals("169.254.251.133 4    65001    0       0    00:00:00      ACTIVE", row.text());
        assertEquals("BGP state ACTIVE; the router expects AS 65001 from AWS", row.note().en(), "one line, both notes");
        assertTrue(quotes(t, Evidence.Source.CONFIG).contains("neighbor 169.254.251.133 remote-as 65001"));
        TunnelDiagnosis one = tunnel(d, 1);
        assertEquals(TunnelState.UP, one.state());
        assertTrue(one.message().en().contains("BGP ESTABLISHED with 169.254.128.173 and 1 BGP route from AWS"));
        assertEquals(1, d.notes().size(), "show version is noted, not read");
        assertEquals("'show version': ixls does not read this command's output; skipped.", d.notes().get(0).message().en());
    }

    @Test
    void bgpUpWithoutRoutesFromAws() {
        TranscriptDiagnosis d = diagnose("show/no-routes-from-aws.txt", "ix/seed-article.ix", SAMPLE);
        for (TunnelDiagnosis t : d.tunnels()) {
            assertEquals(TunnelState.IMPAIRED, t.state());
            assertEquals(RuleCode.IX707, t.code());
        }
        assertTrue(tunnel(d, 1).fix().en().contains("virtual private gateway is attached to the VPC"));
        assertFalse(d.allUp());
    }

    @Test
    void routesLearnedButNoneAdvertised() {
        TranscriptDiagnosis d = diagnose("show/not-advertised.txt", "show/configs/seed-no-network.ix", SAMPLE);
        TunnelDiagnosis one = tunnel(d, 1);
        assertEquals(RuleCode.IX708, one.code());
        assertTrue(one.message().en().contains("advertises no prefix to 169.254.128.173"), one.message().en());
        assertTrue(one.fix().en().contains("(192.168.1.0/24)"), "the LAN behind the router is suggested");
        TunnelDiagnosis two = tunnel(d, 2);
        assertEquals(RuleCode.IX708, two.code());
        assertTrue(two.message().en().contains("'router bgp 65000' has no 'network'"), two.message().en());
        // With the seed article's config (network and originate-default), only the router's own empty list counts.
        TranscriptDiagnosis seed = diagnose("show/not-advertised.txt", "ix/seed-article.ix", SAMPLE);
        assertEquals(RuleCode.IX708, tunnel(seed, 1).code());
        assertEquals(TunnelState.UP, tunnel(seed, 2).state());
    }

    @Test
    void aShutDownTunnelInterface() {
        TranscriptDiagnosis d = diagnose("show/ansible-debug.txt", "show/configs/seed-tunnel2-shutdown.ix", SAMPLE);
        TunnelDiagnosis t = tunnel(d, 2);
        assertEquals(RuleCode.IX705, t.code());
        assertEquals("Enter 'no shutdown' in 'interface Tunnel1.0'.", t.fix().en());
        assertTrue(quotes(t, Evidence.Source.CONFIG).contains("shutdown"));
        TunnelDiagnosis one = tunnel(d, 1);
        assertEquals(TunnelState.UP, one.state(), "phase 2 counted in show ike sa, no show ipsec sa");
        assertTrue(one.message().en().contains("phase 2 negotiated once"), one.message().en());
        assertEquals("4 lines that belong to no command's output; skipped.", d.notes().get(0).message().en());
    }

    @Test
    void theRunningConfigInTheTranscriptIsCitedWhereItStands() {
        TranscriptDiagnosis d = diagnose("show/crlf-paged-running-config.txt", null, SAMPLE);
        assertEquals("show/crlf-paged-running-config.txt", d.configLocation());
        TunnelDiagnosis t = tunnel(d, 2);
        assertEquals(RuleCode.IX702, t.code());
        Evidence policy = t.evidence().stream().filter(e -> e.source() == Evidence.Source.CONFIG).findFirst().orElseThrow();
        assertEquals("show/crlf-paged-running-config.txt", policy.location());
        String line = Fixtures.read("show/crlf-paged-running-config.txt").split("\r\n")[policy.range().start().line()];
        assertTrue(line.startsWith("ike policy ike-policy2 peer 52.198.204.130 key "), line);
        assertEquals("ike policy ike-policy2 peer 52.198.204.130 key ******** ike-prop", policy.text());
        assertNoKey(d);
    }

    @Test
    void whatTheTranscriptDoesNotShowIsNotGuessed() {
        TranscriptDiagnosis d = diagnose("show/routes-only.txt", "ix/seed-article.ix", SAMPLE);
        for (TunnelDiagnosis t : d.tunnels()) {
            assertEquals(TunnelState.UNKNOWN, t.state());
            assertEquals(RuleCode.IX709, t.code());
            assertTrue(t.fix().en().contains("show ike sa, show ipsec sa"), t.fix().en());
        }
        assertFalse(d.allUp());
    }

    @Test
    void ikev2IsReadOnlyByAddressAndState() {
        TranscriptDiagnosis d = diagnose("show/ikev2-layout-unknown.txt", "convert/seed-article.ikev2.expected.ix", SAMPLE);
        assertEquals(TunnelState.UP, tunnel(d, 1).state());
        assertTrue(tunnel(d, 1).message().en().contains("the IKEv2 output names the peer as established"));
        TunnelDiagnosis two = tunnel(d, 2);
        assertEquals(RuleCode.IX710, two.code());
        assertTrue(two.fix().en().contains("show ikev2 sa"), two.fix().en());
        assertTrue(two.evidence().stream().anyMatch(e -> e.text().startsWith("Peer 52.198.204.130")));
    }

    @Test
    void japaneseMessagesFollowTheGlossary() {
        TranscriptDiagnosis d = diagnose("show/psk-mismatch.txt", "show/configs/seed-wrong-key-2.ix", SAMPLE);
        assertEquals("トンネル 2（AWS 52.198.204.130）は停止しています。IKE ポリシー ike-policy2 の事前共有鍵が AWS と一致しません"
                + "（フェーズ 1 のハッシュエラー 4 回）。", tunnel(d, 2).message().ja());
    }

    @Test
    void evidenceComesTranscriptFirstThenConfigThenSample() {
        TranscriptDiagnosis d = diagnose("show/bgp-not-established.txt", "show/configs/seed-wrong-remote-as-2.ix", SAMPLE);
        List<Evidence.Source> order = tunnel(d, 2).evidence().stream().map(Evidence::source).collect(Collectors.toList());
        List<Evidence.Source> sorted = order.stream().sorted().toList();
        assertEquals(sorted, order);
        assertEquals(Set.of(Evidence.Source.TRANSCRIPT, Evidence.Source.CONFIG, Evidence.Source.SAMPLE), Set.copyOf(order));
    }

    @Test
    void samplesNameTheTunnelsEvenWhenTheTranscriptKnowsOnlyOne() {
        AwsSample sample = readSample(SAMPLE).get(0);
        assertEquals(2, sample.tunnels().size());
        TranscriptDiagnosis d = diagnose("show/udp500-blocked.txt", null, SAMPLE);
        assertEquals(List.of(1, 2), d.tunnels().stream().map(TunnelDiagnosis::number).toList());
        assertEquals(RuleCode.IX701, tunnel(d, 1).code());
        assertTrue(tunnel(d, 1).fix().en().startsWith("Permit UDP 500 and 4500"), tunnel(d, 1).fix().en());
        assertEquals(TunnelState.UNKNOWN, diagnose("show/routes-only.txt", null, SAMPLE).tunnels().get(0).state());
    }
}
