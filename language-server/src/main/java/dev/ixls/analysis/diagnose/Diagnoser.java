package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AnalysisContext.SampleTunnel;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.syntax.Range;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.IpsecSa;
import dev.ixls.transcript.IpsecSaBrief;
import dev.ixls.transcript.PingResult;
import dev.ixls.transcript.RouteTable;
import dev.ixls.transcript.ShowCommand;
import dev.ixls.transcript.ShowTranscript;
import dev.ixls.transcript.SkippedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Diagnoses each AWS tunnel from a transcript of the router's output, joined with the config and
 * the AWS sample when they are known. Layer by layer, as the tunnel comes up: IKE (phase 1), IPsec
 * (phase 2), BGP, routes. The first layer that is shown down gives the cause; a layer the
 * transcript does not show is named in the notes, never guessed.
 */
public final class Diagnoser {

    private Diagnoser() {
    }

    public static TranscriptDiagnosis diagnose(DiagnosisInput in) {
        Citations cite = new Citations(in);
        ShowTranscript t = in.transcript();
        IxConfig config = in.config() == null ? null : in.config().config();
        AnalysisContext context = config == null ? null
                : new AnalysisContext(in.config().location(), config, in.samples(), in.catalog());
        List<TunnelFacts> tunnels = tunnels(in, context, config);
        Set<String> awsNeighbors = new LinkedHashSet<>();
        Set<String> awsInterfaces = new LinkedHashSet<>();
        for (TunnelFacts f : tunnels) {
            f.gather(t);
            if (f.awsInside != null) {
                awsNeighbors.add(f.awsInside);
            }
            if (f.interfaceName() != null) {
                awsInterfaces.add(f.interfaceName());
            }
        }
        List<TunnelDiagnosis> out = new ArrayList<>();
        for (TunnelFacts f : tunnels) {
            Verdict v = diagnose(f, t, cite, awsNeighbors, awsInterfaces);
            out.add(new TunnelDiagnosis(f.number, f.peer, f.sample == null ? null : f.sample.sample().connectionId(),
                    f.sample == null ? null : f.sample.location(), f.interfaceName(), v.state, v.cause,
                    v.message, v.fix, List.copyOf(sorted(v.evidence)), List.copyOf(v.notes),
                    v.anchor != null ? v.anchor : Range.onLine(0, 0, 0)));
        }
        List<TranscriptDiagnosis.Note> notes = new ArrayList<>();
        for (SkippedText s : t.skipped()) {
            notes.add(new TranscriptDiagnosis.Note(s.first().range(), note(s)));
        }
        return new TranscriptDiagnosis(in.transcriptLocation(), in.config() == null ? null : in.config().location(),
                in.samples(), List.copyOf(out), List.copyOf(notes));
    }

    /** The tunnels to diagnose: the samples' tunnels; else the config's AWS peers; else the peers the transcript names. */
    private static List<TunnelFacts> tunnels(DiagnosisInput in, AnalysisContext context, IxConfig config) {
        List<TunnelFacts> out = new ArrayList<>();
        for (LinkedSample s : in.samples()) {
            s.sample().tunnels().stream().sorted(Comparator.comparingInt(AwsTunnel::number)).forEach(tunnel -> {
                TunnelComparison cmp = context == null ? null : TunnelComparison.of(context, new SampleTunnel(s, tunnel));
                out.add(new TunnelFacts(tunnel.number(), tunnel.awsOutsideAddress(), s, tunnel, cmp, config));
            });
        }
        if (!out.isEmpty()) {
            return out;
        }
        Set<String> peers = new LinkedHashSet<>();
        if (context != null) {
            for (Interface i : context.awsTunnels()) {
                if (i.peer() != null) {
                    peers.add(i.peer());
                }
            }
            config.ikePolicies().values().stream().map(p -> p.peer()).filter(context::isAwsPeer).forEach(peers::add);
        }
        if (peers.isEmpty()) {
            ShowTranscript t = in.transcript();
            t.ikeSas().stream().map(IkeSa::remoteAddress).filter(Diagnoser::isAddress).forEach(peers::add);
            t.ipsecSas().stream().map(IpsecSa::remoteAddress).filter(Diagnoser::isAddress).forEach(peers::add);
        }
        int n = 1;
        for (String peer : peers) {
            out.add(new TunnelFacts(n++, peer, null, null, null, config));
        }
        return out;
    }

    private static boolean isAddress(String s) {
        return s != null && Ipv4Address.parse(s).isPresent();
    }

    private static Verdict diagnose(TunnelFacts f, ShowTranscript t, Citations c, Set<String> awsNeighbors,
            Set<String> awsInterfaces) {
        boolean ikeShown = t.shows(ShowCommand.IKE_SA) || t.shows(ShowCommand.IKE_SA_BRIEF) || t.shows(ShowCommand.IKEV2_SA);
        boolean ipsecShown = t.shows(ShowCommand.IPSEC_SA) || t.shows(ShowCommand.IPSEC_SA_BRIEF);
        IkeSa established = f.ikeSas.stream().filter(IkeSa::isEstablished).findFirst().orElse(null);
        boolean ikev2Up = f.ikev2.stream().anyMatch(m -> m.established());
        IpsecSa up = f.ipsecSas.stream().filter(IpsecSa::isUp).findFirst().orElse(null);
        boolean briefUp = f.ipsecBrief.stream().anyMatch(b -> b.direction().equals("IN"))
                && f.ipsecBrief.stream().anyMatch(b -> b.direction().equals("OUT"));
        boolean phase2ByCounters = !ipsecShown && established != null && established.counter("ph2 success") > 0;
        boolean phase2Up = up != null || briefUp || phase2ByCounters;
        boolean phase1Up = established != null || ikev2Up || phase2Up;

        if (phase2Up) {
            return layersAbove(f, t, c, awsNeighbors, awsInterfaces, established, up, briefUp, ikev2Up);
        }
        Verdict shutDown = TunnelShutDown.find(f, c);
        if (shutDown != null) {
            return shutDown;
        }
        if (phase1Up) {
            Verdict v = Phase2Rejected.find(f, c, ipsecShown, t.ipsecCounts());
            return v != null ? v : notShown(f, c, true, established);
        }
        if (!ikeShown && !ipsecShown && f.events.isEmpty()) {
            return notShown(f, c, false, null);
        }
        for (Verdict v : new Verdict[] {KeyMismatch.find(f, c), UdpNotReaching.find(f, c), Phase1Rejected.find(f, c)}) {
            if (v != null) {
                return v;
            }
        }
        return NoIkeSa.find(f, c, t.ikeCounts());
    }

    private static Verdict notShown(TunnelFacts f, Citations c, boolean phase1Up, IkeSa established) {
        Verdict v = new Verdict(TunnelState.UNKNOWN, Cause.STATE_NOT_SHOWN);
        v.message = Messages.text(phase1Up ? "IX709.phase2NotShown" : "IX709.message", "tunnel", Names.tunnel(f));
        v.fix = Messages.text("IX709.fix", "commands", String.join(", ", CommandsToRun.forTunnel(f.peer, f.awsInside,
                f.interfaceName(), !f.ikev1())));
        if (established != null) {
            v.add(c.transcript(established.line("state"), Messages.text("diagnose.evidence.ikeState")));
        }
        return v;
    }

    /** Phase 2 is up: the tunnel carries traffic. What BGP and the routes say decides the rest. */
    private static Verdict layersAbove(TunnelFacts f, ShowTranscript t, Citations c, Set<String> awsNeighbors,
            Set<String> awsInterfaces, IkeSa established, IpsecSa up, boolean briefUp, boolean ikev2Up) {
        List<LocalizedText> layers = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        if (established != null) {
            layers.add(Messages.text("diagnose.layer.ike"));
            evidence.add(c.transcript(established.line("state"), Messages.text("diagnose.evidence.ikeState")));
        } else if (ikev2Up) {
            layers.add(Messages.text("diagnose.layer.ikev2"));
        }
        if (up != null) {
            layers.add(Messages.text("diagnose.layer.ipsec", "interface", up.interfaceName()));
            evidence.add(c.transcript(up.line("interface"), Messages.text("diagnose.evidence.ipsecUp")));
        } else if (briefUp) {
            layers.add(Messages.text("diagnose.layer.ipsecBrief"));
            IpsecSaBrief row = f.ipsecBrief.get(0);
            evidence.add(c.transcript(row.line(), Messages.text("diagnose.evidence.ipsecUp")));
        } else {
            layers.add(Messages.text("diagnose.layer.ipsecCounters", "count", established.counter("ph2 success")));
            evidence.add(c.transcript(established.line("ph2 success"), Messages.text("diagnose.evidence.ph2Success")));
        }
        List<LocalizedText> notes = new ArrayList<>();
        if (f.bgp) {
            if (f.summary == null) {
                notes.add(Messages.text("diagnose.notShown.bgp"));
            } else {
                Verdict down = TunnelShutDown.find(f, c);
                if (down == null) {
                    down = BgpNotEstablished.find(f, c);
                }
                if (down != null) {
                    return down;
                }
                layers.add(Messages.text("diagnose.layer.bgp", "neighbor", f.bgpPeer.address()));
                evidence.add(c.transcript(f.bgpPeer.line(), Messages.text("diagnose.evidence.bgpUp")));
                Verdict impaired = NoRoutesFromAws.find(f, c, t.routeTables(), awsNeighbors, awsInterfaces);
                if (impaired == null) {
                    impaired = NothingAdvertised.find(f, c);
                }
                if (impaired != null) {
                    return impaired;
                }
            }
            List<RouteTable.Route> fromAws = new ArrayList<>();
            for (RouteTable table : t.routeTables()) {
                table.routes().stream().filter(r -> r.isBgp() && (awsNeighbors.contains(r.via())
                        || awsInterfaces.contains(r.interfaceName()))).forEach(fromAws::add);
            }
            if (!fromAws.isEmpty()) {
                layers.add(Messages.text("diagnose.layer.routes", "count", fromAws.size()));
                evidence.add(c.transcript(fromAws.get(0).line(), Messages.text("diagnose.evidence.routeFromAws")));
            } else if (t.routeTables().isEmpty()) {
                notes.add(Messages.text("diagnose.notShown.routes"));
            }
            if (f.advertised != null) {
                layers.add(Messages.text("diagnose.layer.advertised", "count", f.advertised.count()));
            }
        } else if (f.tunnel != null) {
            notes.add(Messages.text("diagnose.notShown.staticRoutes"));
        }
        for (PingResult p : f.pings) {
            if (p.answered() && p.statistics() != null) {
                layers.add(Messages.text("diagnose.layer.ping", "address", p.target()));
                evidence.add(c.transcript(p.statistics(), Messages.text("diagnose.evidence.ping")));
            }
        }
        Verdict v = new Verdict(TunnelState.UP, null);
        v.message = Messages.text("diagnose.up", "tunnel", Names.tunnel(f), "layers", list(layers));
        evidence.forEach(v::add);
        v.notes.addAll(notes);
        return v;
    }

    /** Layers joined as a list, in each language ("a, b and c"; 「a、b、c」). */
    private static LocalizedText list(List<LocalizedText> items) {
        LocalizedText en = Messages.and(items.stream().map(LocalizedText::en).toList());
        LocalizedText ja = Messages.and(items.stream().map(LocalizedText::ja).toList());
        return new LocalizedText(en.en(), ja.ja());
    }

    private static LocalizedText note(SkippedText s) {
        String command = s.command() == null ? null : CommandsToRun.masked(s.command());
        return switch (s.reason()) {
            case COMMAND_NOT_READ -> s.commands() > 1
                    ? Messages.text("IX700.commandsNotRead", "command", command, "count", s.commands())
                    : Messages.text("IX700.commandNotRead", "command", command);
            case OUTPUT_NOT_RECOGNISED -> command != null
                    ? Messages.text("IX700.outputNotRecognised", "command", command)
                    : Messages.text("IX700.outputWithoutCommand", "count", s.lineCount());
            case NOT_OUTPUT -> Messages.text("IX700.notOutput", "count", s.lineCount());
        };
    }

    /** Transcript lines first, in file order; then config lines; then sample lines. */
    private static List<Evidence> sorted(List<Evidence> evidence) {
        List<Evidence> out = new ArrayList<>(evidence);
        out.sort(Comparator.comparing(Evidence::source).thenComparing(e -> e.range().start()));
        return out;
    }
}
