package dev.ixls.transcript;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a transcript of an IX console or SSH session says: the outputs of the {@code show}
 * commands ixls reads (IKE and IPsec SAs, BGP, routes, interfaces, the event log, pings), any
 * {@code show running-config} for the config parser, and notes on what was not used.
 *
 * <p>Facts keep the line they were read from, so a diagnosis can cite the router's own words.
 * Never holds a key in a form anyone prints: the running config is handed over as text for the
 * config parser, whose model masks keys.
 */
public final class ShowTranscript {

    /** Outputs whose presence tells a transcript from a config (the config alone is no transcript). */
    private static final Set<ShowCommand> STATE_OUTPUTS = EnumSet.of(ShowCommand.IKE_SA, ShowCommand.IKE_SA_BRIEF,
            ShowCommand.IKEV2_SA, ShowCommand.IPSEC_SA, ShowCommand.IPSEC_SA_BRIEF, ShowCommand.BGP_SUMMARY,
            ShowCommand.BGP_ADVERTISED_ROUTES, ShowCommand.IP_ROUTE, ShowCommand.INTERFACES, ShowCommand.IP_INTERFACE,
            ShowCommand.LOGGING, ShowCommand.PING);
    private static final Pattern QUICK = Pattern.compile(
            "ISAKMP SA - |IPsec SA - |IP Routing Table - |BGP router ID |BGP table version is |Interface \\S+ is |"
                    + "packets transmitted|\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}:\\d{2} [A-Z]+\\.\\d{3}:|ikev2 sa");

    private final List<Section> sections;
    private final TranscriptFacts facts;
    private final Set<ShowCommand> read;

    private ShowTranscript(List<Section> sections, TranscriptFacts facts, Set<ShowCommand> read) {
        this.sections = sections;
        this.facts = facts;
        this.read = read;
    }

    /** Reads any text; never fails. Text that is no transcript reads as one with no outputs. */
    public static ShowTranscript read(String text) {
        Sections.Cut cut = Sections.cut(TranscriptLines.read(text));
        TranscriptFacts facts = new TranscriptFacts();
        Set<ShowCommand> read = EnumSet.noneOf(ShowCommand.class);
        SkippedText previousSkipped = null;
        for (Section s : cut.sections()) {
            boolean known = switch (s.kind()) {
                case IKE_SA, IKE_SA_BRIEF -> IkeSaReader.read(s, facts);
                case IKEV2_SA -> Ikev2SaReader.read(s, facts) || s.echo() != null;
                case IPSEC_SA, IPSEC_SA_BRIEF -> IpsecSaReader.read(s, facts);
                case BGP_SUMMARY -> BgpSummaryReader.read(s, facts);
                case BGP_ADVERTISED_ROUTES -> AdvertisedRoutesReader.read(s, facts);
                case IP_ROUTE -> RouteTableReader.read(s, facts);
                case INTERFACES, IP_INTERFACE -> InterfaceReader.read(s, facts);
                case LOGGING -> EventLogReader.read(s, facts);
                case PING -> PingReader.read(s, facts);
                case RUNNING_CONFIG -> readConfig(s, facts);
                case OTHER -> false;
            };
            if (known) {
                read.add(s.kind());
                previousSkipped = null;
            } else if (s.kind() == ShowCommand.OTHER) {
                // Commands typed in a row (a config session) make one note, not one per line.
                SkippedText last = previousSkipped;
                SkippedText note = last != null
                        ? new SkippedText(last.command(), last.reason(), last.first(), last.lineCount() + s.lines().size() + 1,
                                last.commands() + 1)
                        : new SkippedText(s.command(), SkippedText.Reason.COMMAND_NOT_READ, s.first(), s.lines().size() + 1);
                if (last != null) {
                    facts.skipped.remove(last);
                }
                facts.skipped.add(note);
                previousSkipped = note;
            } else if (s.kind() != ShowCommand.RUNNING_CONFIG || !s.lines().isEmpty()) {
                previousSkipped = null;
                facts.skipped.add(new SkippedText(s.command(), SkippedText.Reason.OUTPUT_NOT_RECOGNISED, s.first(),
                        s.lines().size() + (s.echo() == null ? 0 : 1)));
            }
        }
        for (Sections.Stray stray : cut.strays()) {
            facts.skipped.add(new SkippedText(null, SkippedText.Reason.NOT_OUTPUT, stray.lines().get(0),
                    stray.lines().size()));
        }
        facts.skipped.sort(java.util.Comparator.comparingInt((SkippedText t) -> t.first().line())
                .thenComparingInt(t -> t.first().start()));
        return new ShowTranscript(List.copyOf(cut.sections()), facts, Collections.unmodifiableSet(read));
    }

    private static boolean readConfig(Section s, TranscriptFacts facts) {
        if (s.lines().stream().allMatch(ShowLine::isBlank)) {
            return false;
        }
        facts.configs.add(new RunningConfig(s.lines()));
        return true;
    }

    /**
     * Whether a text is a transcript of router output: it holds the output of at least one command
     * that shows the router's state (a running config alone, or typed config commands, are a config).
     */
    public static boolean looksLikeTranscript(String text) {
        if (text == null || !quick(text)) {
            return false;
        }
        return read(text).isTranscript();
    }

    /**
     * Reads a text that may be a transcript; text without any opening of an output ixls reads is
     * not read at all (an editor asks this of every config it opens).
     */
    public static ShowTranscript readIfLikely(String text) {
        return text != null && quick(text) ? read(text) : read("");
    }

    /** Plain words one of {@link #QUICK}'s alternatives needs (all but the log time stamp's). */
    private static final String[] QUICK_WORDS = {"ISAKMP SA - ", "IPsec SA - ", "IP Routing Table - ", "BGP router ID ",
        "BGP table version is ", "Interface ", "packets transmitted", "ikev2 sa"};

    /**
     * {@link #QUICK} on the text, asked only when the text holds one of its plain words or a
     * date's shape ({@code 2024/01/31}): an editor asks it of every version of every config, and
     * the pattern's alternatives tried at every character cost more than the check itself.
     */
    private static boolean quick(String text) {
        boolean maybe = false;
        for (String word : QUICK_WORDS) {
            if (text.indexOf(word) >= 0) {
                maybe = true;
                break;
            }
        }
        for (int at = text.indexOf('/', 4); !maybe && at >= 0 && at + 3 < text.length(); at = text.indexOf('/', at + 1)) {
            maybe = digits(text, at - 4, at) && digits(text, at + 1, at + 3) && text.charAt(at + 3) == '/';
        }
        return maybe && QUICK.matcher(text).find();
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** See {@link #looksLikeTranscript(String)}. */
    public boolean isTranscript() {
        return read.stream().anyMatch(STATE_OUTPUTS::contains);
    }

    /** Whether output of this kind was read (shown), even when it lists nothing. */
    public boolean shows(ShowCommand kind) {
        return read.contains(kind);
    }

    public List<Section> sections() {
        return sections;
    }

    public List<SaCounts> ikeCounts() {
        return List.copyOf(facts.ikeCounts);
    }

    public List<IkeSa> ikeSas() {
        return List.copyOf(facts.ikeSas);
    }

    public List<IkeSaBrief> ikeBrief() {
        return List.copyOf(facts.ikeBrief);
    }

    public List<Ikev2Mention> ikev2() {
        return List.copyOf(facts.ikev2);
    }

    public List<SaCounts> ipsecCounts() {
        return List.copyOf(facts.ipsecCounts);
    }

    public List<IpsecSa> ipsecSas() {
        return List.copyOf(facts.ipsecSas);
    }

    public List<IpsecSaBrief> ipsecBrief() {
        return List.copyOf(facts.ipsecBrief);
    }

    public List<BgpSummary> bgpSummaries() {
        return List.copyOf(facts.bgpSummaries);
    }

    public List<AdvertisedRoutes> advertised() {
        return List.copyOf(facts.advertised);
    }

    public List<RouteTable> routeTables() {
        return List.copyOf(facts.routeTables);
    }

    public List<InterfaceState> interfaces() {
        return List.copyOf(facts.interfaces);
    }

    public List<LogEvent> events() {
        return List.copyOf(facts.events);
    }

    public List<PingResult> pings() {
        return List.copyOf(facts.pings);
    }

    /** The {@code show running-config} outputs, in file order (usually none or one). */
    public List<RunningConfig> configs() {
        return List.copyOf(facts.configs);
    }

    /** What was not used, in file order. */
    public List<SkippedText> skipped() {
        return List.copyOf(facts.skipped);
    }
}
