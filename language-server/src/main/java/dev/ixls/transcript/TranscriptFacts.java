package dev.ixls.transcript;

import java.util.ArrayList;
import java.util.List;

/** What the readers found, collected while a transcript is read ({@link ShowTranscript} is the result). */
final class TranscriptFacts {
    final List<SaCounts> ikeCounts = new ArrayList<>();
    final List<IkeSa> ikeSas = new ArrayList<>();
    final List<IkeSaBrief> ikeBrief = new ArrayList<>();
    final List<Ikev2Mention> ikev2 = new ArrayList<>();
    final List<SaCounts> ipsecCounts = new ArrayList<>();
    final List<IpsecSa> ipsecSas = new ArrayList<>();
    final List<IpsecSaBrief> ipsecBrief = new ArrayList<>();
    final List<BgpSummary> bgpSummaries = new ArrayList<>();
    final List<AdvertisedRoutes> advertised = new ArrayList<>();
    final List<RouteTable> routeTables = new ArrayList<>();
    final List<InterfaceState> interfaces = new ArrayList<>();
    final List<LogEvent> events = new ArrayList<>();
    final List<PingResult> pings = new ArrayList<>();
    final List<RunningConfig> configs = new ArrayList<>();
    final List<SkippedText> skipped = new ArrayList<>();
}
