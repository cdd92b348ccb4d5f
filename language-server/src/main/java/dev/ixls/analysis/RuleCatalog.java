package dev.ixls.analysis;

import dev.ixls.analysis.rules.AlgorithmRefusedByAws;
import dev.ixls.analysis.rules.AwsNeighborSameAs;
import dev.ixls.analysis.rules.AwsSideInsideAddress;
import dev.ixls.analysis.rules.BgpAdvertisesNothing;
import dev.ixls.analysis.rules.BgpNeighborIsOwnAddress;
import dev.ixls.analysis.rules.BgpNeighborMismatch;
import dev.ixls.analysis.rules.BgpNeighborOutsideSubnets;
import dev.ixls.analysis.rules.BgpNeighborWithoutRemoteAs;
import dev.ixls.analysis.rules.BgpTimers;
import dev.ixls.analysis.rules.CommandOutsideBlock;
import dev.ixls.analysis.rules.CrossedTunnels;
import dev.ixls.analysis.rules.DuplicateDefinition;
import dev.ixls.analysis.rules.IkeProposalMismatch;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.analysis.rules.InsideAddressMismatch;
import dev.ixls.analysis.rules.InvalidInsideNetwork;
import dev.ixls.analysis.rules.IpsecProposalMismatch;
import dev.ixls.analysis.rules.LifetimeOutOfRange;
import dev.ixls.analysis.rules.LocalAsMismatch;
import dev.ixls.analysis.rules.MalformedArgument;
import dev.ixls.analysis.rules.MissingArgument;
import dev.ixls.analysis.rules.MissingKeepalive;
import dev.ixls.analysis.rules.MissingMssClamp;
import dev.ixls.analysis.rules.MissingTunnel;
import dev.ixls.analysis.rules.NetworkOrBroadcastAddress;
import dev.ixls.analysis.rules.OverlappingSubnets;
import dev.ixls.analysis.rules.PeerNotInSample;
import dev.ixls.analysis.rules.PresharedKeyMismatch;
import dev.ixls.analysis.rules.PresharedKeyRefused;
import dev.ixls.analysis.rules.RemoteAsMismatch;
import dev.ixls.analysis.rules.ReservedInsideNetwork;
import dev.ixls.analysis.rules.RoutingTypeMismatch;
import dev.ixls.analysis.rules.SampleNotLinked;
import dev.ixls.analysis.rules.SharedTunnelBinding;
import dev.ixls.analysis.rules.UnboundIpsecTunnel;
import dev.ixls.analysis.rules.UndefinedReference;
import dev.ixls.analysis.rules.UnknownCommand;
import dev.ixls.analysis.rules.UnpairedIpsecPeer;
import dev.ixls.analysis.rules.UnroutedTunnel;
import dev.ixls.analysis.rules.UnusedDefinition;
import dev.ixls.analysis.rules.WeakCryptography;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Every rule ixls runs, in code order. Add a rule here and it runs everywhere: CLI, server, SARIF. */
public final class RuleCatalog {

    private static final List<Rule> RULES = List.of(
            new InputNotAConfig(),
            new UnknownCommand(),
            new MalformedArgument(),
            new CommandOutsideBlock(),
            new MissingArgument(),
            new UndefinedReference(),
            new DuplicateDefinition(),
            new UnusedDefinition(),
            new UnpairedIpsecPeer(),
            new UnboundIpsecTunnel(),
            new SharedTunnelBinding(),
            new MissingKeepalive(),
            new MissingMssClamp(),
            new PresharedKeyRefused(),
            new WeakCryptography(),
            new LifetimeOutOfRange(),
            new AlgorithmRefusedByAws(),
            new InvalidInsideNetwork(),
            new NetworkOrBroadcastAddress(),
            new ReservedInsideNetwork(),
            new OverlappingSubnets(),
            new AwsSideInsideAddress(),
            new BgpNeighborOutsideSubnets(),
            new BgpNeighborIsOwnAddress(),
            new BgpNeighborWithoutRemoteAs(),
            new AwsNeighborSameAs(),
            new BgpTimers(),
            new UnroutedTunnel(),
            new BgpAdvertisesNothing(),
            new MissingTunnel(),
            new PeerNotInSample(),
            new PresharedKeyMismatch(),
            new InsideAddressMismatch(),
            new BgpNeighborMismatch(),
            new RemoteAsMismatch(),
            new LocalAsMismatch(),
            new IkeProposalMismatch(),
            new IpsecProposalMismatch(),
            new CrossedTunnels(),
            new RoutingTypeMismatch(),
            new SampleNotLinked());

    private RuleCatalog() {
    }

    /** IX900, ixls's own failure: described like a rule (docs, SARIF), reported by the engine, never run. */
    public static final Rule INTERNAL_FAILURE = new InternalFailure();

    private static final List<Rule> DESCRIBED = Stream.concat(RULES.stream(), Stream.of(INTERNAL_FAILURE)).toList();

    /** The rules the engine runs. */
    public static List<Rule> all() {
        return RULES;
    }

    /** Every code a diagnostic can carry but the causes of {@code ixls diagnose}: the rules, then IX900. */
    public static List<Rule> described() {
        return DESCRIBED;
    }

    /** The rule that describes {@code code}, IX900's included; empty for the causes of {@code ixls diagnose}. */
    public static Optional<Rule> byCode(RuleCode code) {
        return DESCRIBED.stream().filter(r -> r.code() == code).findFirst();
    }
}
